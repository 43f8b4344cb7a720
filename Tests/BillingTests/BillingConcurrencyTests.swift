import AdminProtocol
import NetworkCore
import MembershipTestSupport
import NetworkTestSupport
import Testing

/// What the database must hold when requests race: payments never exceed what is due, credit
/// never goes below zero, a period never gets two live subscription invoices.
@Suite("Billing under concurrency", .freshDatabase)
struct BillingConcurrencyTests {
    /// Eight £1,000 payments at once against a £4,200 invoice: the invoice keeps exactly
    /// £4,200, the other £3,800 becomes credit, and the ledger agrees with the balance.
    @Test func concurrentPaymentsNeverOverpayAnInvoice() async throws {
        try await withMembership { h in
            _ = try await BillingKit.openYear(h)
            let member = try await BillingKit.council(h, "Stroud District Council")
            let invoice = try await BillingKit.issuedSubscription(h, member)
            let responses = try await withThrowingTaskGroup(of: RPCResponse.self) { group in
                for index in 0..<8 {
                    group.addTask {
                        try await h.raw(PaymentRecord.name, try JSONCoding.value(of: PaymentRecord.Params(
                            invoiceId: invoice.id, amount: 100_000, method: .bankTransfer, reference: "BACS \(index)")))
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // The invoice row lock serialises them: four are kept whole, the fifth pays the last
            // £200 and leaves £800 as credit, and the three after it find the invoice paid.
            let outcomes = try responses.compactMap { response -> PaymentOutcomeWire? in
                guard case .success(let value) = response.outcome else { return nil }
                return try JSONCoding.decode(PaymentOutcomeWire.self, from: value)
            }
            let refused = responses.compactMap(\.refusal)
            #expect(outcomes.count == 5 && refused.count == 3)
            #expect(refused.allSatisfy { MembershipHarness.fieldMessage($0, "invoiceId")?.contains("is paid") == true })
            let applied = outcomes.reduce(0) { $0 + $1.payment.applied }
            let extra = outcomes.reduce(0) { $0 + $1.creditChange }
            #expect(applied == 420_000 && extra == 80_000)
            let stored = try await h.call(InvoiceGet.self, .init(id: invoice.id))
            #expect(stored.status == .paid && stored.received == 420_000 && stored.outstanding == 0)
            let ledger = try await h.psql("""
                SELECT (SELECT balance FROM member_credit WHERE member_id = \(member.id)) || '/' ||
                       (SELECT sum(amount) FROM credit_entry WHERE member_id = \(member.id))
                """)
            #expect(ledger == "\(extra)/\(extra)")
        }
    }

    /// Credit applied to four invoices at once never spends more than the member has.
    @Test func concurrentCreditApplicationsNeverOverdrawTheBalance() async throws {
        try await withMembership { h in
            let year = try await BillingKit.openYear(h)
            let member = try await BillingKit.council(h, "Stroud District Council")
            let first = try await BillingKit.issuedSubscription(h, member)
            _ = try await h.call(PaymentRecord.self, .init(invoiceId: first.id, amount: 420_000 + 150_000, method: .bankTransfer))
            var invoices: [Int64] = []
            for index in 0..<4 {
                let draft = try await h.call(InvoiceCreate.self, .init(memberId: member.id, startYear: year.startYear,
                                                                       lines: [.init(description: "Workshop \(index)", amount: 100_000, vatBasisPoints: 0)]))
                invoices.append(try await h.call(InvoiceIssue.self, .init(id: draft.id)).id)
            }
            let applied = await withTaskGroup(of: Int64.self) { group in
                for id in invoices {
                    group.addTask { (try? await h.call(CreditApply.self, .init(invoiceId: id)).applied) ?? 0 }
                }
                return await group.reduce(0, +)
            }
            #expect(applied == 150_000)
            #expect(try await h.call(CreditGet.self, .init(memberId: member.id)).balance == 0)
            let kept = try await h.psql("SELECT sum(received) FROM invoice WHERE id IN (\(invoices.map(String.init).joined(separator: ",")))")
            #expect(kept == "150000")
        }
    }

    /// Eight concurrent requests for the same member's subscription: one draft, seven conflicts.
    @Test func aPeriodGetsOneSubscriptionInvoiceWhateverRaces() async throws {
        try await withMembership { h in
            let year = try await BillingKit.openYear(h)
            let member = try await BillingKit.council(h, "Stroud District Council")
            let kinds = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        let response = try await h.raw(InvoiceCreate.name, ["memberId": .integer(member.id), "startYear": .integer(Int64(year.startYear)),
                                                                            "subscription": true])
                        return response.refusalKind ?? "created"
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(kinds.filter { $0 == "created" }.count == 1, "\(kinds)")
            #expect(kinds.allSatisfy { $0 == "created" || $0 == "conflict" || $0 == "unavailable" }, "\(kinds)")
            #expect(try await h.psql("SELECT count(*) FROM invoice") == "1")
            #expect(try await h.psql("SELECT count(*) FROM member_period") == "1")
        }
    }
}
