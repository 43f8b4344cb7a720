import AdminProtocol
import NetworkCore
import MembershipTestSupport
import NetworkTestSupport
import Testing

/// Erasing a contact who pays a member's invoices: the person goes, by identity, from what
/// billing stored; the invoices stay what was sent in every other respect.
@Suite("Billing and erasure", .freshDatabase)
struct BillingErasureTests {
    @Test func erasingThePayerRedactsOnlyThatPersonInInvoicesAndBillingRecords() async throws {
        try await withMembership { h in
            _ = try await BillingKit.openYear(h)
            let member = try await BillingKit.council(h, "Stroud District Council")
            let ada = try await h.call(ContactAdd.self, .init(memberId: member.id, name: "Ada Lovelace", email: "ada@stroud.example",
                                                             roles: [.finance], primaryRoles: [.finance]))
            let grace = try await h.call(ContactAdd.self, .init(memberId: member.id, name: "Grace Hopper", email: "grace@stroud.example",
                                                               roles: [.finance]))
            _ = try await h.call(MemberSetBilling.self, .init(id: member.id, billingAddress: "Ebley Mill\nStroud GL5 4UB", payerContactId: ada.id))
            let invoice = try await BillingKit.issuedSubscription(h, member)
            _ = try await h.call(MemberSetBilling.self, .init(id: member.id, payerContactId: grace.id))
            let graceInvoice = try await h.call(InvoiceIssue.self, .init(id: try await h.call(InvoiceCreate.self, .init(
                memberId: member.id, startYear: invoice.startYear, lines: [.init(description: "Workshop", amount: 100)])).id))
            let snapshot = "SELECT snapshot::text FROM invoice WHERE id = "
            let before = try await h.psql(snapshot + String(invoice.id))
            let untouched = try await h.psql(snapshot + String(graceInvoice.id))
            #expect(before.contains("Ada Lovelace") && before.contains("ada@stroud.example"))
            // Every audit row not about Ada, fixed now, must not change by a byte.
            let others = try await h.psql("""
                SELECT string_agg(id::text, ',') FROM audit_log
                WHERE coalesce(before::text, '') || coalesce(after::text, '') NOT SIMILAR TO '%(Ada Lovelace|ada@stroud)%'
                """)
            let otherRows = "SELECT md5(string_agg(id || ':' || coalesce(before::text, '') || coalesce(after::text, ''), ',' ORDER BY id)) FROM audit_log WHERE id IN (\(others))"
            let othersBefore = try await h.psql(otherRows)

            _ = try await h.call(ContactErase.self, .init(id: ada.id))

            let after = try await h.psql(snapshot + String(invoice.id))
            #expect(!after.contains("Ada") && !after.contains("ada@"))
            let expected = before.replacingOccurrences(of: "\"Ada Lovelace\"", with: "\"[erased]\"")
                .replacingOccurrences(of: "\"ada@stroud.example\"", with: "\"[erased]\"")
            #expect(try await h.psql("SELECT $q$\(expected)$q$::jsonb = $q$\(after)$q$::jsonb") == "t", "only the person changed")
            #expect(try await h.psql(snapshot + String(graceInvoice.id)) == untouched)
            #expect(try await h.psql("SELECT count(*) FROM audit_log WHERE before::text LIKE '%Ada Lovelace%' OR after::text LIKE '%Ada Lovelace%'") == "0")
            #expect(try await h.psql("SELECT count(*) FROM audit_log WHERE after::text LIKE '%Grace Hopper%'") != "0")
            #expect(try await h.psql(otherRows) == othersBefore)
            // The invoice is still what was sent in every other respect, and still immutable.
            let stored = try await h.call(InvoiceGet.self, .init(id: invoice.id))
            #expect(stored.number == invoice.number && stored.gross == invoice.gross)
            let rewrite = await MembershipHarness.offThread { [h] in
                try h.database.psql("SET ROLE networkd_daemon; UPDATE invoice SET snapshot = jsonb_set(snapshot, '{payer,attention}', '\"x\"') WHERE id = \(invoice.id)")
            }
            #expect(throws: (any Error).self) { try rewrite.get() }
        }
    }

    @Test func removingTheChosenPayerFallsBackToThePrimaryFinanceContact() async throws {
        try await withMembership { h in
            let member = try await BillingKit.council(h, "Stroud District Council")
            let primary = try await h.call(ContactAdd.self, .init(memberId: member.id, name: "Ada Lovelace", email: "ada@stroud.example",
                                                                 roles: [.finance], primaryRoles: [.finance]))
            let chosen = try await h.call(ContactAdd.self, .init(memberId: member.id, name: "Grace Hopper", email: "grace@stroud.example"))
            let set = try await h.call(MemberSetBilling.self, .init(id: member.id, payerContactId: chosen.id))
            #expect(set.payer?.contactId == chosen.id && set.payer?.chosen == true)
            _ = try await h.call(ContactRemove.self, .init(id: chosen.id))
            let billing = try await h.call(MemberBilling.self, .init(id: member.id))
            #expect(billing.payerContactId == nil && billing.payer?.contactId == primary.id && billing.payer?.chosen == false)
            let other = try await BillingKit.council(h, "Oldham Council")
            let foreign = try await h.call(ContactAdd.self, .init(memberId: other.id, name: "Someone Else", email: "else@oldham.example"))
            let refused = try await h.expectError(MemberSetBilling.self, .init(id: member.id, payerContactId: foreign.id), kind: "validation")
            #expect(MembershipHarness.fields(refused) == ["payerContactId"])
        }
    }
}
