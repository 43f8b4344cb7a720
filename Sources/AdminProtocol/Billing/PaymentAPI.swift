import NetworkCore

/// The payment area: payments against invoices, and member credit.
public enum PaymentAPI: AdminArea {
    public static let name = "payment"
    public static let group = AreaGroup.billing
    public static let methods: [any AdminMethod.Type] = [
        PaymentRecord.self, PaymentList.self, PaymentVoid.self, CreditGet.self, CreditApply.self,
    ]
}

/// A payment with the invoice it changed.
public struct PaymentOutcomeWire: Codable, Sendable, Hashable {
    public var payment: PaymentWire
    public var invoice: InvoiceWire
    /// What the payment added to (or, voided, took from) the member's credit.
    public var creditChange: Int64
    /// The member's credit afterwards.
    public var creditBalance: Int64
    /// Whether the payment cleared a lapsed member's arrears and so made it active again.
    public var memberReinstated: Bool
    public init(payment: PaymentWire, invoice: InvoiceWire, creditChange: Int64, creditBalance: Int64, memberReinstated: Bool = false) {
        self.payment = payment
        self.invoice = invoice
        self.creditChange = creditChange
        self.creditBalance = creditBalance
        self.memberReinstated = memberReinstated
    }
}

/// `payment.record`: money received against an invoice.
public enum PaymentRecord: Mutation {
    public static let name = "payment.record"
    public static let summary = "Record a payment against an issued invoice: part payments add up, reaching the total marks it paid, anything beyond becomes member credit."
    public static let access: Access<Params> = .staff([.secretariat])

    public struct Params: MutationParams, Hashable {
        public var invoiceId: Int64
        /// Minor units, above zero.
        public var amount: Int64
        /// YYYY-MM-DD; default today. Not in the future.
        public var paidOn: String?
        public var method: PaymentMethod
        /// The bank reference, cheque number…
        public var reference: String?
        public var idempotencyKey: String?
        public var expectedVersion: Int? { nil }
        public init(invoiceId: Int64, amount: Int64, paidOn: String? = nil, method: PaymentMethod, reference: String? = nil, idempotencyKey: String? = nil) {
            self.invoiceId = invoiceId
            self.amount = amount
            self.paidOn = paidOn
            self.method = method
            self.reference = reference
            self.idempotencyKey = idempotencyKey
        }

        enum CodingKeys: String, CodingKey { case invoiceId, amount, paidOn, method, reference, idempotencyKey }
    }

    public typealias Result = PaymentOutcomeWire
}

/// `payment.list`: payments, newest first.
public enum PaymentList: Query {
    public static let name = "payment.list"
    public static let summary = "Payments, newest first, of one invoice and/or one member, voided ones included."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        public var invoiceId: Int64?
        public var memberId: Int64?
        public var after: Int64?
        public var limit: Int?
        public init(invoiceId: Int64? = nil, memberId: Int64? = nil, after: Int64? = nil, limit: Int? = nil) {
            self.invoiceId = invoiceId
            self.memberId = memberId
            self.after = after
            self.limit = limit
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var payments: [PaymentWire]
        public var next: Int64?
        public init(payments: [PaymentWire], next: Int64? = nil) {
            self.payments = payments
            self.next = next
        }
    }
}

/// `payment.void`: undo a payment recorded in error.
public enum PaymentVoid: Mutation {
    public static let name = "payment.void"
    public static let summary = "Void a payment recorded in error, with a reason: the invoice owes it again and credit it created is taken back."
    public static let access: Access<Params> = .staff([.secretariat])

    public struct Params: MutationParams, Hashable {
        public var id: Int64
        public var reason: String
        public var idempotencyKey: String?
        public var expectedVersion: Int? { nil }
        public init(id: Int64, reason: String, idempotencyKey: String? = nil) {
            self.id = id
            self.reason = reason
            self.idempotencyKey = idempotencyKey
        }

        enum CodingKeys: String, CodingKey { case id, reason, idempotencyKey }
    }

    public typealias Result = PaymentOutcomeWire
}

/// A member's credit on the wire.
public struct CreditWire: Codable, Sendable, Hashable {
    public var memberId: Int64
    public var currency: String
    public var balance: Int64
    public init(memberId: Int64, currency: String, balance: Int64) {
        self.memberId = memberId
        self.currency = currency
        self.balance = balance
    }
}

/// `credit.get`: a member's credit.
public enum CreditGet: Query {
    public static let name = "credit.get"
    public static let summary = "A member's credit (from overpayments and credit notes on paid invoices), ready to apply to an invoice."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        public var memberId: Int64
        /// Default the network's currency.
        public var currency: String?
        public init(memberId: Int64, currency: String? = nil) {
            self.memberId = memberId
            self.currency = currency
        }
    }

    public typealias Result = CreditWire
}

/// `credit.apply`: spend a member's credit on one of its invoices.
public enum CreditApply: Mutation {
    public static let name = "credit.apply"
    public static let summary = "Apply a member's credit to one of its issued invoices: all that is outstanding, or the amount given."
    public static let access: Access<Params> = .staff([.secretariat])

    public struct Params: MutationParams, Hashable {
        public var invoiceId: Int64
        /// Minor units; default as much as both the credit and the invoice allow.
        public var amount: Int64?
        public var idempotencyKey: String?
        public var expectedVersion: Int? { nil }
        public init(invoiceId: Int64, amount: Int64? = nil, idempotencyKey: String? = nil) {
            self.invoiceId = invoiceId
            self.amount = amount
            self.idempotencyKey = idempotencyKey
        }

        enum CodingKeys: String, CodingKey { case invoiceId, amount, idempotencyKey }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var invoice: InvoiceWire
        public var applied: Int64
        public var creditBalance: Int64
        /// Whether the credit cleared a lapsed member's arrears and so made it active again.
        public var memberReinstated: Bool
        public init(invoice: InvoiceWire, applied: Int64, creditBalance: Int64, memberReinstated: Bool = false) {
            self.invoice = invoice
            self.applied = applied
            self.creditBalance = creditBalance
            self.memberReinstated = memberReinstated
        }
    }
}
