import NetworkCore

/// The invoice area: drafts, issue with gapless numbers, purchase-order numbers, credit notes
/// and the invoice document.
public enum InvoiceAPI: AdminArea {
    public static let name = "invoice"
    public static let group = AreaGroup.billing
    public static let methods: [any AdminMethod.Type] = [
        InvoiceCreate.self, InvoiceGet.self, InvoiceList.self, InvoiceIssue.self, InvoiceSetPurchaseOrder.self, InvoiceCancel.self,
        InvoiceDocument.self,
    ]
}

extension OwnedRecord {
    /// An invoice, owned by the member it bills.
    public static let invoice = OwnedRecord(entity: "invoice")
}

/// `invoice.create`: a draft invoice.
public enum InvoiceCreate: Mutation {
    public static let name = "invoice.create"
    public static let summary = "Create a draft invoice for a member and open year: the year's subscription (its period is created if missing) and/or manual lines."
    public static let access: Access<Params> = .staff([.secretariat])

    /// A line typed in by the secretariat.
    public struct Line: Codable, Sendable, Hashable {
        public var description: String
        /// Net, in minor units.
        public var amount: Int64
        /// Default: the year's VAT rate.
        public var vatBasisPoints: Int?
        public init(description: String, amount: Int64, vatBasisPoints: Int? = nil) {
            self.description = description
            self.amount = amount
            self.vatBasisPoints = vatBasisPoints
        }
    }

    public struct Params: MutationParams, Hashable {
        public var memberId: Int64
        public var startYear: Int
        /// Bill the member's subscription for the year (pro rata from its period's start).
        public var subscription: Bool?
        public var lines: [Line]?
        public var idempotencyKey: String?
        public var expectedVersion: Int? { nil }
        public init(memberId: Int64, startYear: Int, subscription: Bool? = nil, lines: [Line]? = nil, idempotencyKey: String? = nil) {
            self.memberId = memberId
            self.startYear = startYear
            self.subscription = subscription
            self.lines = lines
            self.idempotencyKey = idempotencyKey
        }

        enum CodingKeys: String, CodingKey { case memberId, startYear, subscription, lines, idempotencyKey }
    }

    public typealias Result = InvoiceWire
}

/// `invoice.get`: one invoice.
public enum InvoiceGet: Query {
    public static let name = "invoice.get"
    public static let summary = "One invoice with its lines, amounts received and outstanding, and its credit notes."
    public static let access: Access<Params> = .ownRecord([.operator, .secretariat], .invoice, \.id)

    public struct Params: Codable, Sendable, Hashable {
        public var id: Int64
        public init(id: Int64) {
            self.id = id
        }
    }

    public typealias Result = InvoiceWire
}

/// `invoice.list`: invoices, newest first.
public enum InvoiceList: Query {
    public static let name = "invoice.list"
    public static let summary = "Invoices, newest first, by status, year, member, number or overdue (due date passed and unpaid); a member token lists its own."
    public static let access: Access<Params> = .ownMemberFilter([.operator, .secretariat], \.memberId)

    public struct Params: Codable, Sendable, Hashable {
        public var status: InvoiceStatus?
        public var startYear: Int?
        public var memberId: Int64?
        /// The invoice numbered so, e.g. `CCIN-2026-0001`.
        public var number: String?
        /// Only unpaid invoices past their due date.
        public var overdue: Bool?
        /// The `next` of the previous page.
        public var after: Int64?
        public var limit: Int?
        public init(status: InvoiceStatus? = nil, startYear: Int? = nil, memberId: Int64? = nil, number: String? = nil, overdue: Bool? = nil, after: Int64? = nil, limit: Int? = nil) {
            self.status = status
            self.startYear = startYear
            self.memberId = memberId
            self.number = number
            self.overdue = overdue
            self.after = after
            self.limit = limit
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var invoices: [InvoiceWire]
        /// Pass as `after` for the next page; absent on the last.
        public var next: Int64?
        public init(invoices: [InvoiceWire], next: Int64? = nil) {
            self.invoices = invoices
            self.next = next
        }
    }
}

/// Params naming one invoice to change.
public struct InvoiceChangeParams: MutationParams, Hashable {
    public var id: Int64
    public var expectedVersion: Int?
    public var idempotencyKey: String?
    public init(id: Int64, expectedVersion: Int? = nil, idempotencyKey: String? = nil) {
        self.id = id
        self.expectedVersion = expectedVersion
        self.idempotencyKey = idempotencyKey
    }
}

/// `invoice.issue`: number and issue a draft.
public enum InvoiceIssue: Mutation {
    public static let name = "invoice.issue"
    public static let summary = "Issue a draft: number it from its series (CCIN-2026-0001), date it and freeze its content; a member that needs a PO and has none waits in awaiting_po."
    public static let access: Access<Params> = .staff([.secretariat])
    public typealias Params = InvoiceChangeParams
    public typealias Result = InvoiceWire
}

/// `invoice.setPurchaseOrder`: supply the PO number an invoice waits for.
public enum InvoiceSetPurchaseOrder: Mutation {
    public static let name = "invoice.setPurchaseOrder"
    public static let summary = "Supply a purchase-order number for an unissued invoice; one waiting in awaiting_po is then numbered and issued."
    public static let access: Access<Params> = .ownRecord([.secretariat], .invoice, \.id)

    public struct Params: MutationParams, Hashable {
        public var id: Int64
        public var purchaseOrder: String
        public var expectedVersion: Int?
        public var idempotencyKey: String?
        public init(id: Int64, purchaseOrder: String, expectedVersion: Int? = nil, idempotencyKey: String? = nil) {
            self.id = id
            self.purchaseOrder = purchaseOrder
            self.expectedVersion = expectedVersion
            self.idempotencyKey = idempotencyKey
        }
    }

    public typealias Result = InvoiceWire
}

/// `invoice.cancel`: cancel an invoice.
public enum InvoiceCancel: Mutation {
    public static let name = "invoice.cancel"
    public static let summary = "Cancel an invoice: an issued one by a credit note for what is left of it (money received becomes member credit); never deleted."
    public static let access: Access<Params> = .staff([.secretariat])

    public struct Params: MutationParams, Hashable {
        public var id: Int64
        public var reason: String
        public var expectedVersion: Int?
        public var idempotencyKey: String?
        public init(id: Int64, reason: String, expectedVersion: Int? = nil, idempotencyKey: String? = nil) {
            self.id = id
            self.reason = reason
            self.expectedVersion = expectedVersion
            self.idempotencyKey = idempotencyKey
        }
    }

    public typealias Result = InvoiceWire
}

/// `invoice.document`: the invoice as sent.
public enum InvoiceDocument: Query {
    public static let name = "invoice.document"
    public static let summary = "An issued invoice's document, rendered from its snapshot at issue: HTML, or PDF (base64) made by WeasyPrint."
    public static let access: Access<Params> = .ownRecord([.operator, .secretariat], .invoice, \.id)

    /// The document's format.
    public enum Format: String, Codable, Sendable, Hashable, CaseIterable, SchemaDescribed {
        case html
        case pdf
    }

    public struct Params: Codable, Sendable, Hashable {
        public var id: Int64
        /// Default pdf.
        public var format: Format?
        /// One of the invoice's credit notes, to render that instead.
        public var creditNoteId: Int64?
        public init(id: Int64, format: Format? = nil, creditNoteId: Int64? = nil) {
            self.id = id
            self.format = format
            self.creditNoteId = creditNoteId
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var number: String
        public var format: Format
        /// `text/html; charset=utf-8` or `application/pdf`.
        public var contentType: String
        /// The HTML, for format html.
        public var html: String?
        /// The PDF's bytes in base64, for format pdf.
        public var pdfBase64: String?
        public init(number: String, format: Format, contentType: String, html: String? = nil, pdfBase64: String? = nil) {
            self.number = number
            self.format = format
            self.contentType = contentType
            self.html = html
            self.pdfBase64 = pdfBase64
        }
    }
}
