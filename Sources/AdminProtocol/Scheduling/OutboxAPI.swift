import NetworkCore

/// The outbox area: the e-mail networkd sends, and its delivery.
public enum OutboxAPI: AdminArea {
    public static let name = "outbox"
    public static let group = AreaGroup.scheduling
    public static let methods: [any AdminMethod.Type] = [OutboxList.self, OutboxGet.self, OutboxRetry.self]
}

/// One e-mail in the outbox on the wire.
public struct OutboxWire: Codable, Sendable, Hashable {
    public var id: Int64
    /// `invoice-issued`, `po-requested`, `reminder`, `lapse-notice`, `reinstatement`…
    public var template: String
    public var memberId: Int64?
    public var invoiceId: Int64?
    /// `queued`, `sent`, `failed` or `cancelled`.
    public var status: String
    /// Hand-overs to the MTA so far.
    public var attempts: Int
    /// When the sender next tries, while queued.
    public var nextAttemptAt: String?
    public var lastError: String?
    /// `name <address>` each, once resolved.
    public var recipients: [String]?
    public var subject: String?
    /// The Message-ID it is sent with (the same on every attempt).
    public var messageId: String
    public var attachInvoice: Bool
    public var createdBy: String
    public var createdAt: String
    public var sentAt: String?
    public init(id: Int64, template: String, memberId: Int64? = nil, invoiceId: Int64? = nil, status: String, attempts: Int, nextAttemptAt: String? = nil, lastError: String? = nil, recipients: [String]? = nil, subject: String? = nil, messageId: String, attachInvoice: Bool, createdBy: String, createdAt: String, sentAt: String? = nil) {
        self.id = id
        self.template = template
        self.memberId = memberId
        self.invoiceId = invoiceId
        self.status = status
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.lastError = lastError
        self.recipients = recipients
        self.subject = subject
        self.messageId = messageId
        self.attachInvoice = attachInvoice
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.sentAt = sentAt
    }
}

/// Where a message's delivery stands.
public enum OutboxStatus: String, Codable, Sendable, CaseIterable, SchemaDescribed {
    /// Waiting for its (next) hand-over to the MTA.
    case queued
    /// The MTA accepted it.
    case sent
    /// Given up after `mail_attempts`, or nobody to send it to: `outbox.retry` queues it again.
    case failed
    /// Never to be sent (its only recipient was erased).
    case cancelled
}

/// `outbox.list`: messages, newest first.
public enum OutboxList: Query {
    public static let name = "outbox.list"
    public static let summary = "E-mail messages newest first, filtered by status, member or invoice: what was sent, what waits and why."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        public var status: OutboxStatus?
        public var memberId: Int64?
        public var invoiceId: Int64?
        public var before: Int64?
        /// 1–500, default 50.
        public var limit: Int?
        public init(status: OutboxStatus? = nil, memberId: Int64? = nil, invoiceId: Int64? = nil, before: Int64? = nil, limit: Int? = nil) {
            self.status = status
            self.memberId = memberId
            self.invoiceId = invoiceId
            self.before = before
            self.limit = limit
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var messages: [OutboxWire]
        public var next: Int64?
        public init(messages: [OutboxWire], next: Int64? = nil) {
            self.messages = messages
            self.next = next
        }
    }
}

/// `outbox.get`: one message, with its text once rendered.
public enum OutboxGet: Query {
    public static let name = "outbox.get"
    public static let summary = "One e-mail message: its delivery, and the whole RFC 5322 message once rendered (withMessage)."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        public var id: Int64
        /// Include the rendered message (headers and MIME body; can be large with a PDF).
        public var withMessage: Bool?
        public init(id: Int64, withMessage: Bool? = nil) {
            self.id = id
            self.withMessage = withMessage
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var message: OutboxWire
        /// The rendered message, when asked for and kept.
        public var text: String?
        public init(message: OutboxWire, text: String? = nil) {
            self.message = message
            self.text = text
        }
    }
}

/// `outbox.retry`: queue a failed message again.
public enum OutboxRetry: Mutation {
    public static let name = "outbox.retry"
    public static let summary = "Queue a failed message again, due now, with its attempts reset; it keeps its Message-ID."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: MutationParams, Hashable {
        public var id: Int64
        public var idempotencyKey: String?
        public var expectedVersion: Int? { nil }
        public init(id: Int64, idempotencyKey: String? = nil) {
            self.id = id
            self.idempotencyKey = idempotencyKey
        }

        enum CodingKeys: String, CodingKey { case id, idempotencyKey }
    }

    public typealias Result = OutboxWire
}
