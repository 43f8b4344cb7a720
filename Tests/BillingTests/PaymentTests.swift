import AdminProtocol
import NetworkCore
import MembershipTestSupport
import NetworkTestSupport
import Testing

/// Payments, member credit and credit notes.
@Suite("Payments and credit", .freshDatabase)
struct PaymentTests {
    /// Part, exact and over payments: the invoice moves to part_paid, then paid in the same
    /// transaction, and the excess becomes credit that the next invoice can spend.
    @Test func partExactAndOverPaymentsThenCreditAppliedToTheNextInvoice() async throws {
        try await withMembership { h in
            let year = try await BillingKit.openYear(h)
            let member = try await BillingKit.council(h, "Stroud District Council")
            let invoice = try await BillingKit.issuedSubscription(h, member)
            #expect(invoice.gross == 420_000)
            let part = try await h.call(PaymentRecord.self, .init(invoiceId: invoice.id, amount: 100_000, method: .bankTransfer, reference: "BACS 1"))
            #expect(part.invoice.status == .partPaid && part.invoice.outstanding == 320_000 && part.creditChange == 0)
            let over = try await h.call(PaymentRecord.self, .init(invoiceId: invoice.id, amount: 400_000, method: .cheque))
            #expect(over.invoice.status == .paid && over.invoice.outstanding == 0 && over.payment.applied == 320_000)
            #expect(over.creditChange == 80_000 && over.creditBalance == 80_000)
            let paid = try await h.expectError(PaymentRecord.self, .init(invoiceId: invoice.id, amount: 1, method: .card), kind: "validation")
            #expect(MembershipHarness.fieldMessage(paid, "invoiceId")?.contains("is paid") == true)
            // Credit applied on request to the member's next invoice.
            let extra = try await h.call(InvoiceCreate.self, .init(memberId: member.id, startYear: year.startYear,
                                                                   lines: [.init(description: "Annual conference place", amount: 50_000)]))
            let next = try await h.call(InvoiceIssue.self, .init(id: extra.id))
            #expect(next.gross == 60_000 && next.status == .issued)
            let applied = try await h.call(CreditApply.self, .init(invoiceId: next.id))
            #expect(applied.applied == 60_000 && applied.creditBalance == 20_000 && applied.invoice.status == .paid)
            #expect(try await h.call(CreditGet.self, .init(memberId: member.id)).balance == 20_000)
            _ = try await h.expectError(CreditApply.self, .init(invoiceId: next.id), kind: "validation")
            // Nothing can take the balance below zero, whoever writes.
            let overdraw = await MembershipHarness.offThread { [h] in
                try h.database.psql("""
                    SET ROLE networkd_daemon;
                    INSERT INTO credit_entry (member_id, currency, amount, kind, invoice_id, actor) VALUES (\(member.id), 'GBP', -20001, 'applied', \(next.id), 'x')
                    """)
            }
            #expect(throws: (any Error).self) { try overdraw.get() }
            let payments = try await h.call(PaymentList.self, .init(invoiceId: invoice.id))
            #expect(payments.payments.map(\.amount) == [400_000, 100_000])
        }
    }

    @Test func creditIsAppliedAtIssueWhenTheSettingsSaySo() async throws {
        try await withMembership { h in
            let year = try await BillingKit.openYear(h)
            let member = try await BillingKit.council(h, "Stroud District Council")
            let first = try await BillingKit.issuedSubscription(h, member)
            _ = try await h.call(PaymentRecord.self, .init(invoiceId: first.id, amount: 430_000, method: .bankTransfer))
            _ = try await h.call(BillingSet.self, .init(applyCreditAtIssue: true))
            let draft = try await h.call(InvoiceCreate.self, .init(memberId: member.id, startYear: year.startYear,
                                                                   lines: [.init(description: "Workshop", amount: 25_000, vatBasisPoints: 0)]))
            let issued = try await h.call(InvoiceIssue.self, .init(id: draft.id))
            #expect(issued.received == 10_000 && issued.outstanding == 15_000 && issued.status == .partPaid)
        }
    }

    @Test func cancellingAnIssuedInvoiceIssuesACreditNoteAndTurnsWhatWasPaidIntoCredit() async throws {
        try await withMembership { h in
            let year = try await BillingKit.openYear(h)
            let member = try await BillingKit.council(h, "Stroud District Council")
            let invoice = try await BillingKit.issuedSubscription(h, member)
            _ = try await h.call(PaymentRecord.self, .init(invoiceId: invoice.id, amount: 120_000, method: .bankTransfer))
            let cancelled = try await h.call(InvoiceCancel.self, .init(id: invoice.id, reason: "wrong band: figures were last year's"))
            #expect(cancelled.status == .cancelled && cancelled.outstanding == 0 && cancelled.creditNotes.count == 1)
            let note = try #require(cancelled.creditNotes.first)
            #expect(note.number == "CCIN-CN-\(year.startYear)-0001" && note.gross == 420_000 && note.net == 350_000 && note.vat == 70_000)
            #expect(try await h.call(CreditGet.self, .init(memberId: member.id)).balance == 120_000)
            let refused = try await h.expectError(PaymentRecord.self, .init(invoiceId: invoice.id, amount: 1, method: .card), kind: "validation")
            #expect(MembershipHarness.fieldMessage(refused, "invoiceId")?.contains("cancelled") == true)
            _ = try await h.expectError(InvoiceCancel.self, .init(id: invoice.id, reason: "again"), kind: "invalid_transition")
            // The period can be invoiced again, and the credit spent on it.
            let again = try await BillingKit.issuedSubscription(h, member)
            #expect(again.number == "CCIN-\(year.startYear)-0002")
            #expect(try await h.call(CreditApply.self, .init(invoiceId: again.id)).applied == 120_000)
            // A draft is cancelled without a credit note: nothing was sent.
            let draft = try await h.call(InvoiceCreate.self, .init(memberId: member.id, startYear: year.startYear,
                                                                   lines: [.init(description: "Workshop", amount: 1)]))
            let dropped = try await h.call(InvoiceCancel.self, .init(id: draft.id, reason: "entered twice"))
            #expect(dropped.status == .cancelled && dropped.creditNotes.isEmpty && dropped.number == nil)
            #expect(try await BillingKit.series(h, "CCIN-CN-\(year.startYear)") == [1])
        }
    }

    @Test func voidingAPaymentReopensTheInvoiceAndTakesBackItsCredit() async throws {
        try await withMembership { h in
            _ = try await BillingKit.openYear(h)
            let member = try await BillingKit.council(h, "Stroud District Council")
            let invoice = try await BillingKit.issuedSubscription(h, member)
            let paid = try await h.call(PaymentRecord.self, .init(invoiceId: invoice.id, amount: 425_000, method: .bankTransfer))
            #expect(paid.invoice.status == .paid && paid.creditBalance == 5_000)
            let voided = try await h.call(PaymentVoid.self, .init(id: paid.payment.id, reason: "bounced"))
            #expect(voided.invoice.status == .issued && voided.invoice.outstanding == 420_000 && voided.creditBalance == 0)
            #expect(voided.payment.voidReason == "bounced" && voided.payment.voidedAt != nil)
            _ = try await h.expectError(PaymentVoid.self, .init(id: paid.payment.id, reason: "again"), kind: "validation")
            _ = try await h.expectError(PaymentVoid.self, .init(id: 999_999, reason: "x"), kind: "not_found")
        }
    }

    @Test func badPaymentsAreRefusedAndWriteNothing() async throws {
        try await withMembership { h in
            let year = try await BillingKit.openYear(h)
            let member = try await BillingKit.council(h, "Stroud District Council")
            let draft = try await BillingKit.subscription(h, member)
            let unissued = try await h.expectError(PaymentRecord.self, .init(invoiceId: draft.id, amount: 100, method: .card), kind: "validation")
            #expect(MembershipHarness.fields(unissued) == ["invoiceId"])
            let invoice = try await h.call(InvoiceIssue.self, .init(id: draft.id))
            let zero = try await h.expectError(PaymentRecord.self, .init(invoiceId: invoice.id, amount: 0, method: .card), kind: "validation")
            #expect(MembershipHarness.fields(zero) == ["amount"])
            let future = try await h.expectError(PaymentRecord.self, .init(invoiceId: invoice.id, amount: 5, paidOn: year.end.adding(days: 400).description,
                                                                           method: .card), kind: "validation")
            #expect(MembershipHarness.fields(future) == ["paidOn"])
            let method = try await h.raw(PaymentRecord.name, ["invoiceId": .integer(invoice.id), "amount": 5, "method": "barter"])
            #expect(method.refusal?.code == -32602)
            #expect(try await h.psql("SELECT count(*) FROM payment") == "0")
        }
    }
}
