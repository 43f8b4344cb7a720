import AdminProtocol
import NetworkCore
import MembershipTestSupport
import NetworkTestSupport
import Testing

/// A tier change during a year credits the old tier's unused whole months and invoices the
/// new tier's, exactly; a dry run shows both and changes nothing.
@Suite("Tier changes re-price the year", .freshDatabase)
struct TierChangeTests {
    @Test func anAssociateGroupBecomingAFullCouncilIsCreditedAndInvoicedForTheMonthsLeft() async throws {
        try await withMembership { h in
            let year = try await BillingKit.openYear(h)
            let today = try await BillingKit.today(h)
            let months = try year.monthsLeft(from: today)
            // A town council in the associate tier, banded 10,000–50,000: £300 a year.
            var params = MembershipHarness.council("Frome Town Council", kind: "town_council", tier: "associate",
                                                   memberSince: year.start.description)
            params.population = 28_000
            let member = try await h.call(MemberCreate.self, params)
            let invoice = try await BillingKit.issuedSubscription(h, member)
            #expect(invoice.net == 30_000 && invoice.gross == 36_000)
            let counts = "SELECT (SELECT count(*) FROM invoice) || '/' || (SELECT count(*) FROM credit_note) || '/' || (SELECT coalesce(sum(last_number), 0) FROM invoice_series) || '/' || (SELECT tier FROM member WHERE id = \(member.id))"
            let before = try await h.psql(counts)
            let preview = try await h.call(MemberChangeTier.self, .init(id: member.id, tier: "full", kind: "unitary", reason: "became a unitary", dryRun: true))
            #expect(preview.dryRun && preview.member.tier == "full")
            let previewed = try #require(preview.repricing)
            #expect(try await h.psql(counts) == before)
            let moved = try await h.call(MemberChangeTier.self, .init(id: member.id, tier: "full", kind: "unitary", reason: "became a unitary"))
            let repricing = try #require(moved.repricing)
            #expect(!moved.dryRun && repricing.months == months)
            // Credit: £300 × months/12 half up, plus 20 % VAT; invoice: the full tier's band 1 (£1,500) for the same months.
            let creditNet = Int64((30_000 * months * 2 + 12) / 24)
            let note = try #require(repricing.creditNote)
            #expect(note.net == creditNet && note.vat == (creditNet * 2 + 5) / 10 && note.number == "CCIN-CN-\(year.startYear)-0001")
            let newInvoice = try #require(repricing.invoice)
            let invoiceNet = Int64((150_000 * months * 2 + 12) / 24)
            #expect(newInvoice.kind == "adjustment" && newInvoice.tier == "full" && newInvoice.net == invoiceNet)
            #expect(newInvoice.number == "CCIN-\(year.startYear)-0002" && newInvoice.status == .issued)
            #expect(previewed.creditNote?.gross == note.gross && previewed.invoice?.gross == newInvoice.gross)
            let old = try await h.call(InvoiceGet.self, .init(id: invoice.id))
            #expect(old.credited == note.gross && old.outstanding == invoice.gross - note.gross && old.status == .issued)
            // The change is audited once, with what it billed.
            #expect(try await h.psql("SELECT count(*) FROM audit_log WHERE method = 'member.changeTier' AND after ? 'repricing'") == "1")
        }
    }

    @Test func aChangeWhileTheOldTiersFeeIsNotIssuedIsRefusedSoNothingIsBilledTwice() async throws {
        try await withMembership { h in
            _ = try await BillingKit.openYear(h)
            let member = try await BillingKit.council(h, "Stroud District Council")
            _ = try await BillingKit.subscription(h, member)
            let refused = try await h.expectError(MemberChangeTier.self, .init(id: member.id, tier: "supporter", reason: "cannot pay"), kind: "conflict")
            #expect(refused.message.contains("issue or cancel it"))
            #expect(try await h.psql("SELECT tier FROM member WHERE id = \(member.id)") == "full")
        }
    }

    @Test func aPaidInvoiceCreditedByATierChangeReturnsTheExcessAsCredit() async throws {
        try await withMembership { h in
            let year = try await BillingKit.openYear(h)
            let today = try await BillingKit.today(h)
            let months = try year.monthsLeft(from: today)
            let member = try await BillingKit.council(h, "Stroud District Council")
            let invoice = try await BillingKit.issuedSubscription(h, member)
            _ = try await h.call(PaymentRecord.self, .init(invoiceId: invoice.id, amount: invoice.gross, method: .bankTransfer))
            let moved = try await h.call(MemberChangeTier.self, .init(id: member.id, tier: "supporter", reason: "cannot pay any more"))
            let note = try #require(moved.repricing?.creditNote)
            #expect(moved.repricing?.invoice == nil)
            let creditNet = Int64((350_000 * months * 2 + 12) / 24)
            #expect(note.net == creditNet)
            #expect(try await h.call(CreditGet.self, .init(memberId: member.id)).balance == note.gross)
            let old = try await h.call(InvoiceGet.self, .init(id: invoice.id))
            #expect(old.status == .paid && old.outstanding == 0)
        }
    }
}
