import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// What a queued message becomes before it is rendered: its recipients, its templates'
/// context, and the invoice whose PDF goes with it — all read in one place, so that every
/// template sees the same names.
///
/// The context holds `network` (name, shortName, email, paymentInstructions), `member` (id,
/// name), `recipient` (name), `invoice` (number, issuedOn, dueOn, gross, outstanding,
/// purchaseOrderNeeded), `reminder` (step, steps, isFinal, daysOverdue, daysAfterDue), `lapse`
/// and `reinstatement` (on, daysOverdue), and the message's own `facts`. Amounts are formatted
/// (`£1,250.00`) and dates written out (`1 October 2027`).
struct MailContext {
    /// The request for `networkd-document message`, without attachments.
    var request: MailRequest
    /// Who it goes to, as the outbox keeps them.
    var recipients: [OutboxRecipient]
    /// The snapshot of the invoice to attach, when the message carries its PDF.
    var attachment: InvoiceSnapshot?

    /// What erasure writes for a recipient's name and address.
    static let erased = "[erased]"

    /// Why a message cannot be sent at all until someone changes something (not worth a retry).
    struct Undeliverable: Error {
        var reason: String
    }

    /// Reads what `record` needs.
    ///
    /// - Throws: `Undeliverable` when there is nobody to send it to or no From address.
    static func read(_ record: OutboxRecord, mailFrom: String, on connection: PostgresConnection) throws -> MailContext {
        let profile = try NetworkProfileStore.get(on: connection)
        let settings = try BillingSettingsStore.get(on: connection)
        let from = try fromAddress(mailFrom: mailFrom, on: connection)
        guard !from.isEmpty else {
            throw Undeliverable(reason: "no From address: set the network's e-mail (\(BillingSet.name) email) or mail_from in networkd.conf")
        }
        let member = try record.memberId.flatMap { try MemberStore.get($0, on: connection) }
        let invoice = try record.invoiceId.flatMap { try InvoiceStore.get($0, on: connection) }
        let snapshot = try invoice?.snapshotJSON.map { try JSONCoding.decode(InvoiceSnapshot.self, from: try JSONCoding.readValue(Array($0.utf8))) }
        // A recipient erased since the message was queued (erase_contact_outbox) is left out.
        let recipients = try (record.recipients ?? resolveRecipients(member: member, snapshot: snapshot, on: connection))
            .filter { $0.address != erased }
        guard !recipients.isEmpty else {
            let whom = member.map { "member \($0.id) (\($0.name))" } ?? "message \(record.id)"
            throw Undeliverable(reason: "\(whom) has no contact with an e-mail address to send to: add a finance contact, then \(OutboxRetry.name)")
        }
        let facts = (try? JSONCoding.readValue(Array(record.factsJSON.utf8))) ?? .object([:])
        var network: [String: JSONValue] = ["name": .string(profile.name), "shortName": .string(profile.shortName), "email": .string(from)]
        if !settings.paymentDetails.isEmpty { network["paymentInstructions"] = .string(settings.paymentDetails) }
        var context: [String: JSONValue] = [
            "network": .object(network),
            "recipient": .object(["name": .string(recipients[0].name)]),
            "facts": facts,
        ]
        if let member { context["member"] = .object(["id": .integer(member.id), "name": .string(member.name)]) }
        if let invoice { context["invoice"] = wire(invoice, snapshot: snapshot) }
        if let step = facts["step"]?.int64Value {
            let steps = facts["steps"]?.int64Value ?? step
            context["reminder"] = .object([
                "step": .integer(step), "steps": .integer(steps), "isFirst": .bool(step == 1), "isSecond": .bool(step == 2 && step < steps),
                "isFinal": .bool(step >= steps), "daysOverdue": .integer(facts["daysOverdue"]?.int64Value ?? 0),
                "daysAfterDue": .integer(facts["daysAfterDue"]?.int64Value ?? 0),
            ])
        }
        if let on = facts["on"]?.stringValue.flatMap(CalendarDate.init(parsing:))?.ukLongForm {
            var lapse: [String: JSONValue] = ["on": .string(on)]
            if let days = facts["daysOverdue"]?.int64Value { lapse["daysOverdue"] = .integer(days) }
            context[record.template == MailTemplate.reinstatement ? "reinstatement" : "lapse"] = .object(lapse)
        }
        let created = try connection.query("""
            SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at FROM outbox WHERE id = \(record.id)
            """).first?.decode("at", as: String.self) ?? ""
        let request = MailRequest(
            template: record.template, context: .object(context), from: .init(name: profile.name, address: from),
            to: recipients.map { .init(name: $0.name, address: $0.address) }, replyTo: nil,
            messageId: messageId(record.id, network: profile.shortName, from: from), date: created,
            headers: ["Auto-Submitted": "auto-generated", "X-Networkd-Outbox": String(record.id)], attachments: [])
        return MailContext(request: request, recipients: recipients, attachment: record.attachInvoice ? snapshot : nil)
    }

    /// The Message-ID of outbox message `id` (without angle brackets): the same on every
    /// attempt, `networkd-outbox-42.ccin@ccin.example` for From `accounts@ccin.example`.
    static func messageId(_ id: Int64, network: String, from: String) -> String {
        let domain = from.split(separator: "@").last.map(String.init) ?? "networkd.invalid"
        return "networkd-outbox-\(id).\(network.lowercased())@\(domain)"
    }

    /// The From address in force: `mail_from`, else the billing settings' e-mail (empty when neither).
    static func fromAddress(mailFrom: String, on connection: PostgresConnection) throws -> String {
        mailFrom.isEmpty ? (try BillingSettingsStore.get(on: connection).email ?? "") : mailFrom
    }

    /// The invoice's payer as its snapshot froze it, else the member's payer today.
    private static func resolveRecipients(member: MemberRecord?, snapshot: InvoiceSnapshot?, on connection: PostgresConnection) throws
        -> [OutboxRecipient]
    {
        if let payer = snapshot?.payer, let email = payer.email {
            return [OutboxRecipient(contactId: payer.contactId, name: payer.attention ?? payer.name, address: email)]
        }
        guard let member else { return [] }
        let billing = try MemberBillingStore.get(memberId: member.id, memberName: member.name, on: connection)
        guard let payer = billing.payer else { return [] }
        return [OutboxRecipient(contactId: payer.contactId, name: payer.name, address: payer.email)]
    }

    /// The invoice as templates show it: only what it has (an unissued one has no number).
    private static func wire(_ invoice: InvoiceRecord, snapshot: InvoiceSnapshot?) -> JSONValue {
        let currency = (try? Currency(code: invoice.currency)) ?? .gbp
        func money(_ units: Int64) -> JSONValue { .string(Money(minorUnits: units, currency: currency).formatted) }
        var fields: [String: JSONValue] = [
            "gross": money(invoice.gross), "purchaseOrderNeeded": .bool(invoice.status == .awaitingPurchaseOrder),
        ]
        if invoice.status.isOpen { fields["outstanding"] = money(invoice.outstanding) }
        if let number = invoice.number { fields["number"] = .string(number) }
        if let date = invoice.issuedOn.flatMap(CalendarDate.init(parsing:)) { fields["issuedOn"] = .string(date.ukLongForm) }
        if let date = invoice.dueOn.flatMap(CalendarDate.init(parsing:)) { fields["dueOn"] = .string(date.ukLongForm) }
        if let order = invoice.purchaseOrder { fields["purchaseOrder"] = .string(order) }
        if let label = snapshot?.yearLabel { fields["yearLabel"] = .string(label) }
        return .object(fields)
    }
}
