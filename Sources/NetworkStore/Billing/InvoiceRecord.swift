import NetworkCore
import Postgres

/// One invoice line as stored.
public struct InvoiceLineRecord: Sendable, Hashable {
    /// `subscription`, `pro_rata_adjustment` or `manual`.
    public var kind: String
    public var description: String
    public var net: Int64
    public var vatBasisPoints: Int
    public var vat: Int64
    /// Whole months charged, on subscription and tier-change lines.
    public var months: Int?

    public init(kind: String, description: String, net: Int64, vatBasisPoints: Int, vat: Int64, months: Int? = nil) {
        self.kind = kind
        self.description = description
        self.net = net
        self.vatBasisPoints = vatBasisPoints
        self.vat = vat
        self.months = months
    }
}

/// An invoice as stored, with its lines and its member's name.
public struct InvoiceRecord: Sendable, Hashable {
    public var id: Int64
    public var memberId: Int64
    public var memberName: String
    public var startYear: Int
    public var periodId: Int64?
    /// `subscription`, `adjustment` or `manual`.
    public var kind: String
    public var tier: String
    public var status: InvoiceStatus
    public var currency: String
    public var net: Int64
    public var vat: Int64
    public var gross: Int64
    /// Credit notes against it.
    public var credited: Int64
    /// Payments and member credit applied to it.
    public var received: Int64
    /// Receipts moved back to member credit when a credit note reduced a paid invoice.
    public var released: Int64
    public var number: String?
    public var issuedOn: String?
    public var dueOn: String?
    public var purchaseOrder: String?
    /// The issued document's content (JSON text), when issued.
    public var snapshotJSON: String?
    public var cancelledAt: String?
    public var cancelReason: String?
    public var createdBy: String
    public var createdAt: String
    public var version: Int
    public var lines: [InvoiceLineRecord]

    /// What is still to pay: gross − credited − what was kept of the receipts.
    public var outstanding: Int64 { gross - credited - (received - released) }

    static let columns: SQL = """
        i.id, i.member_id, m.name AS member_name, i.start_year, i.period_id, i.kind, i.tier, i.status, i.currency, i.net, i.vat,
        i.gross, i.credited, i.received, i.released, i.number_text, i.issued_on::text AS issued_on, i.due_on::text AS due_on,
        i.po_number, i.snapshot::text AS snapshot, to_json(i.cancelled_at) #>> '{}' AS cancelled_at, i.cancel_reason,
        i.created_by, to_json(i.created_at) #>> '{}' AS created_at, i.version
        """

    init(row: PostgresRow, lines: [InvoiceLineRecord]) throws {
        id = try row.decode("id")
        memberId = try row.decode("member_id")
        memberName = try row.decode("member_name")
        startYear = try row.decode("start_year")
        periodId = try row.decode("period_id")
        kind = try row.decode("kind")
        tier = try row.decode("tier")
        let statusText: String = try row.decode("status")
        guard let status = InvoiceStatus(rawValue: statusText) else {
            throw PostgresError(kind: .decoding, message: "invoice \(id) has an unknown status", column: "status")
        }
        self.status = status
        currency = try row.decode("currency")
        net = try row.decode("net")
        vat = try row.decode("vat")
        gross = try row.decode("gross")
        credited = try row.decode("credited")
        received = try row.decode("received")
        released = try row.decode("released")
        number = try row.decode("number_text")
        issuedOn = try row.decode("issued_on")
        dueOn = try row.decode("due_on")
        purchaseOrder = try row.decode("po_number")
        snapshotJSON = try row.decode("snapshot")
        cancelledAt = try row.decode("cancelled_at")
        cancelReason = try row.decode("cancel_reason")
        createdBy = try row.decode("created_by")
        createdAt = try row.decode("created_at")
        version = try row.decode("version")
        self.lines = lines
    }
}
