import AdminProtocol
import MembershipTestSupport
import NetworkCore
import NetworkDaemon
import NetworkStore
import NetworkTestSupport
import Testing

/// Erasing a contact forgets it in the outbox: its name and address among a message's
/// recipients, the rendered copy of any message to it, and a message still queued for it alone.
/// Every other message stays as it was, byte for byte.
@Suite("The outbox and erasure", .serialized)
struct OutboxErasureTests {
    @Test(.freshDatabase) func erasingAContactForgetsItInTheOutboxAndNothingElse() async throws {
        let scripts = try ScratchDirectory()
        let accepting = try scripts.script("accepting-sendmail", "cat > /dev/null; exit 0")
        var configuration = DaemonConfiguration()
        configuration.scheduling.sendmail = [accepting, "-t", "-oi"]
        let h = try MembershipHarness(database: try TestDatabase.require(), configuration: configuration)
        _ = try await h.call(BillingSet.self, .init(email: "accounts@ccin.example"))
        let year = try await h.call(YearOpen.self, .init())
        _ = try await h.call(FeesSet.self, SchedulerKit.schedule(year.startYear))
        let member = try await h.call(MemberCreate.self, MembershipHarness.council("Stroud District Council", memberSince: year.startsOn))
        let ada = try await h.call(ContactAdd.self, .init(memberId: member.id, name: "Ada Lovelace", email: "ada@stroud.example",
                                                         roles: [.finance], primaryRoles: [.finance]))
        let grace = try await h.call(ContactAdd.self, .init(memberId: member.id, name: "Grace Hopper", email: "grace@stroud.example",
                                                           roles: [.finance]))
        // Sent to Ada (the payer), then to Grace once she is the payer.
        let first = try await h.call(InvoiceCreate.self, .init(memberId: member.id, startYear: year.startYear, subscription: true))
        _ = try await h.call(InvoiceIssue.self, .init(id: first.id))
        _ = try await h.call(MemberSetBilling.self, .init(id: member.id, payerContactId: grace.id))
        let second = try await h.call(InvoiceCreate.self, .init(memberId: member.id, startYear: year.startYear,
                                                                lines: [.init(description: "Workshop", amount: 10_000)]))
        _ = try await h.call(InvoiceIssue.self, .init(id: second.id))
        #expect(await h.request.services.mail.pass().sent == 2)
        // Still queued: one to Ada alone, one to Ada and Grace.
        let adaTo = OutboxRecipient(contactId: ada.id, name: ada.name, address: ada.email)
        let graceTo = OutboxRecipient(contactId: grace.id, name: grace.name, address: grace.email)
        let queued = try await h.request.pool.withConnection { connection in
            (try OutboxStore.enqueue(OutboxMessage(template: "reminder", memberId: member.id, invoiceId: first.id, factsJSON: "{}",
                                                   recipients: [adaTo], attachInvoice: false, createdBy: "test"), on: connection),
             try OutboxStore.enqueue(OutboxMessage(template: "reminder", memberId: member.id, invoiceId: second.id, factsJSON: "{}",
                                                   recipients: [adaTo, graceTo], attachInvoice: false, createdBy: "test"),
                                     on: connection))
        }
        let rows = "SELECT id || ' ' || outbox::text FROM outbox WHERE id IN (%@) ORDER BY id"
        let toGrace = try await h.psql("SELECT string_agg(id::text, ',') FROM outbox WHERE recipients::text NOT LIKE '%Ada Lovelace%'")
        let graceBefore = try await h.psql(rows.replacingOccurrences(of: "%@", with: toGrace))
        // Whole names and addresses: a rendered message carries its PDF in base64, where a short
        // string such as "Ada" turns up by chance.
        #expect(graceBefore.contains("Grace Hopper") && !graceBefore.contains("Ada Lovelace") && !graceBefore.contains("ada@stroud"))
        #expect(try await h.psql("SELECT count(*) FROM outbox WHERE message LIKE '%Ada Lovelace%'") == "1")

        _ = try await h.call(ContactErase.self, .init(id: ada.id))

        #expect(try await h.psql("SELECT count(*) FROM outbox WHERE outbox::text LIKE '%Ada Lovelace%' OR outbox::text LIKE '%ada@stroud%'") == "0")
        #expect(try await h.psql(rows.replacingOccurrences(of: "%@", with: toGrace)) == graceBefore, "Grace's message is untouched")
        let sentToAda = try await h.call(OutboxGet.self, .init(id: 1, withMessage: true))
        #expect(sentToAda.message.status == "sent" && sentToAda.text == nil && sentToAda.message.subject == nil)
        #expect(sentToAda.message.recipients == ["[erased] <[erased]>"])
        let alone = try await h.call(OutboxGet.self, .init(id: queued.0, withMessage: nil)).message
        #expect(alone.status == "cancelled" && alone.lastError == "the recipient was erased")
        let shared = try await h.call(OutboxGet.self, .init(id: queued.1, withMessage: nil)).message
        #expect(shared.status == "queued" && shared.recipients == ["[erased] <[erased]>", "Grace Hopper <grace@stroud.example>"])
        // The cancelled message is never sent; the shared one goes to Grace.
        #expect(await h.request.services.mail.pass().sent == 1)
        await h.close()
    }
}
