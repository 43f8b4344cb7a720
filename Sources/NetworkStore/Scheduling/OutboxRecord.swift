/// One e-mail in the outbox.
public struct OutboxRecord: Sendable, Hashable {
    public var id: Int64
    /// The message's templates (`invoice-issued`, `reminder`…).
    public var template: String
    public var memberId: Int64?
    public var invoiceId: Int64?
    /// The template's own facts, as JSON text (a reminder's step…).
    public var factsJSON: String
    /// Who it goes to, once resolved.
    public var recipients: [OutboxRecipient]?
    /// Whether the invoice's PDF goes with it.
    public var attachInvoice: Bool
    /// `queued`, `sent`, `failed` or `cancelled`.
    public var status: String
    /// Hand-overs to the MTA tried so far.
    public var attempts: Int
    /// When the sender next tries (real time), while queued.
    public var nextAttemptAt: String
    public var lastError: String?
    /// The subject, once rendered.
    public var subject: String?
    /// Whether the whole message is kept (rendered and not erased).
    public var hasMessage: Bool
    public var createdBy: String
    public var createdAt: String
    public var sentAt: String?
}

/// A recipient of an outbox message: a contact, by id, name and address.
public struct OutboxRecipient: Sendable, Hashable, Codable {
    public var contactId: Int64?
    public var name: String
    public var address: String
    public init(contactId: Int64? = nil, name: String, address: String) {
        self.contactId = contactId
        self.name = name
        self.address = address
    }
}

/// What a later area hands ``OutboxStore/enqueue(_:on:)`` to send an e-mail, in the same
/// transaction as the change that causes it.
public struct OutboxMessage: Sendable, Hashable {
    /// The templates: `mail/<template>.subject|text|html.mustache`.
    public var template: String
    public var memberId: Int64?
    public var invoiceId: Int64?
    /// Facts for the template, as a JSON object's text.
    public var factsJSON: String
    /// Who it goes to; `nil` lets the sender resolve them (the invoice's payer, else the
    /// member's primary finance and lead contacts).
    public var recipients: [OutboxRecipient]?
    public var attachInvoice: Bool
    public var createdBy: String
    public init(template: String, memberId: Int64? = nil, invoiceId: Int64? = nil, factsJSON: String, recipients: [OutboxRecipient]? = nil, attachInvoice: Bool, createdBy: String) {
        self.template = template
        self.memberId = memberId
        self.invoiceId = invoiceId
        self.factsJSON = factsJSON
        self.recipients = recipients
        self.attachInvoice = attachInvoice
        self.createdBy = createdBy
    }
}
