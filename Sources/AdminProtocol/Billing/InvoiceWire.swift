import NetworkCore

/// One invoice line on the wire.
public struct InvoiceLineWire: Codable, Sendable, Hashable {
    /// `subscription`, `pro_rata_adjustment` or `manual`.
    public var kind: String
    public var description: String
    public var net: Int64
    public var vatBasisPoints: Int
    public var vat: Int64
    public var gross: Int64
    public init(kind: String, description: String, net: Int64, vatBasisPoints: Int, vat: Int64, gross: Int64) {
        self.kind = kind
        self.description = description
        self.net = net
        self.vatBasisPoints = vatBasisPoints
        self.vat = vat
        self.gross = gross
    }
}

/// A credit note on the wire.
public struct CreditNoteWire: Codable, Sendable, Hashable {
    public var id: Int64
    /// `CCIN-CN-2026-0001`.
    public var number: String
    public var invoiceId: Int64
    public var issuedOn: String
    public var reason: String
    public var currency: String
    public var net: Int64
    public var vat: Int64
    public var gross: Int64
    public init(id: Int64, number: String, invoiceId: Int64, issuedOn: String, reason: String, currency: String, net: Int64, vat: Int64, gross: Int64) {
        self.id = id
        self.number = number
        self.invoiceId = invoiceId
        self.issuedOn = issuedOn
        self.reason = reason
        self.currency = currency
        self.net = net
        self.vat = vat
        self.gross = gross
    }
}

/// An invoice on the wire. Amounts are minor units of `currency`.
public struct InvoiceWire: Codable, Sendable, Hashable {
    public var id: Int64
    /// `CCIN-2026-0001`, once issued.
    public var number: String?
    public var memberId: Int64
    public var memberName: String
    public var startYear: Int
    public var yearLabel: String
    /// `subscription`, `adjustment` (a tier change) or `manual`.
    public var kind: String
    public var tier: String
    public var status: InvoiceStatus
    public var currency: String
    public var lines: [InvoiceLineWire]
    public var net: Int64
    public var vat: Int64
    public var gross: Int64
    /// Credit notes against it.
    public var credited: Int64
    /// Payments and credit kept on it.
    public var received: Int64
    /// What is still to pay.
    public var outstanding: Int64
    public var issuedOn: String?
    public var dueOn: String?
    /// Due date passed and not paid, as of today in the network's time zone.
    public var overdue: Bool
    public var purchaseOrder: String?
    public var creditNotes: [CreditNoteWire]
    public var cancelledAt: String?
    public var cancelReason: String?
    public var createdBy: String
    public var createdAt: String
    public var version: Int
    public init(id: Int64, number: String? = nil, memberId: Int64, memberName: String, startYear: Int, yearLabel: String, kind: String, tier: String, status: InvoiceStatus, currency: String, lines: [InvoiceLineWire], net: Int64, vat: Int64, gross: Int64, credited: Int64, received: Int64, outstanding: Int64, issuedOn: String? = nil, dueOn: String? = nil, overdue: Bool, purchaseOrder: String? = nil, creditNotes: [CreditNoteWire], cancelledAt: String? = nil, cancelReason: String? = nil, createdBy: String, createdAt: String, version: Int) {
        self.id = id
        self.number = number
        self.memberId = memberId
        self.memberName = memberName
        self.startYear = startYear
        self.yearLabel = yearLabel
        self.kind = kind
        self.tier = tier
        self.status = status
        self.currency = currency
        self.lines = lines
        self.net = net
        self.vat = vat
        self.gross = gross
        self.credited = credited
        self.received = received
        self.outstanding = outstanding
        self.issuedOn = issuedOn
        self.dueOn = dueOn
        self.overdue = overdue
        self.purchaseOrder = purchaseOrder
        self.creditNotes = creditNotes
        self.cancelledAt = cancelledAt
        self.cancelReason = cancelReason
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.version = version
    }
}

/// A payment on the wire.
public struct PaymentWire: Codable, Sendable, Hashable {
    public var id: Int64
    public var invoiceId: Int64
    public var invoiceNumber: String?
    public var memberId: Int64
    public var currency: String
    public var amount: Int64
    /// What went to the invoice; the rest became member credit.
    public var applied: Int64
    public var paidOn: String
    public var method: PaymentMethod
    public var reference: String?
    public var recordedBy: String
    public var recordedAt: String
    public var voidedAt: String?
    public var voidedBy: String?
    public var voidReason: String?
    public init(id: Int64, invoiceId: Int64, invoiceNumber: String? = nil, memberId: Int64, currency: String, amount: Int64, applied: Int64, paidOn: String, method: PaymentMethod, reference: String? = nil, recordedBy: String, recordedAt: String, voidedAt: String? = nil, voidedBy: String? = nil, voidReason: String? = nil) {
        self.id = id
        self.invoiceId = invoiceId
        self.invoiceNumber = invoiceNumber
        self.memberId = memberId
        self.currency = currency
        self.amount = amount
        self.applied = applied
        self.paidOn = paidOn
        self.method = method
        self.reference = reference
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.voidedAt = voidedAt
        self.voidedBy = voidedBy
        self.voidReason = voidReason
    }
}
