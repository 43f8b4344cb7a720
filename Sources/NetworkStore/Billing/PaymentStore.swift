import NetworkCore
import Postgres

/// A payment as stored.
public struct RecordedPayment: Sendable, Hashable {
    public var id: Int64
    public var invoiceId: Int64
    public var invoiceNumber: String?
    public var memberId: Int64
    public var currency: String
    public var amount: Int64
    /// What went to the invoice; `amount − applied` became member credit.
    public var applied: Int64
    public var paidOn: String
    public var method: PaymentMethod
    public var reference: String?
    public var recordedBy: String
    public var recordedAt: String
    public var voidedAt: String?
    public var voidedBy: String?
    public var voidReason: String?
}

/// Writes and reads payments. A payment's facts never change; it can be voided once.
public enum PaymentStore {
    private static let columns: SQL = """
        p.id, p.invoice_id, i.number_text, p.member_id, p.currency, p.amount, p.applied, p.paid_on::text AS paid_on, p.method,
        p.reference, p.recorded_by, to_json(p.recorded_at) #>> '{}' AS recorded_at, to_json(p.voided_at) #>> '{}' AS voided_at,
        p.voided_by, p.void_reason
        """

    /// Stores a payment of `amount`, of which `applied` goes to the invoice.
    public static func record(invoiceId: Int64, memberId: Int64, currency: String, amount: Int64, applied: Int64, paidOn: String,
                              method: PaymentMethod, reference: String?, actor: String, on connection: PostgresConnection) throws -> RecordedPayment {
        guard let id: Int64 = try connection.query("""
            INSERT INTO payment (invoice_id, member_id, currency, amount, applied, paid_on, method, reference, recorded_by)
            VALUES (\(invoiceId), \(memberId), \(currency), \(amount), \(applied), \(paidOn)::date, \(method.rawValue), \(reference), \(actor))
            RETURNING id
            """).first?.decode("id") else { throw PostgresError(kind: .decoding, message: "payment insert returned nothing", column: nil) }
        guard let stored = try get(id, on: connection) else { throw NetworkError.notFound(entity: "payment", id: String(id)) }
        return stored
    }

    /// One payment, or `nil`; `forUpdate` locks it.
    public static func get(_ id: Int64, forUpdate: Bool = false, on connection: PostgresConnection) throws -> RecordedPayment? {
        let lock: SQL = forUpdate ? " FOR UPDATE OF p" : ""
        return try connection.query("SELECT \(columns) FROM payment p JOIN invoice i ON i.id = p.invoice_id WHERE p.id = \(id)\(lock)")
            .first.map(record)
    }

    /// Payments, newest first, of one invoice and/or one member.
    public static func list(invoiceId: Int64?, memberId: Int64?, before: Int64?, limit: Int, on connection: PostgresConnection) throws
        -> [RecordedPayment]
    {
        try connection.query("""
            SELECT \(columns) FROM payment p JOIN invoice i ON i.id = p.invoice_id
            WHERE (\(invoiceId)::bigint IS NULL OR p.invoice_id = \(invoiceId)) AND (\(memberId)::bigint IS NULL OR p.member_id = \(memberId))
              AND (\(before)::bigint IS NULL OR p.id < \(before))
            ORDER BY p.id DESC LIMIT \(limit)
            """).map(record)
    }

    /// Marks a payment voided, with who and why.
    public static func void(_ id: Int64, actor: String, reason: String, on connection: PostgresConnection) throws {
        try connection.execute("""
            UPDATE payment SET voided_at = clock_timestamp(), voided_by = \(actor), void_reason = \(reason) WHERE id = \(id)
            """)
    }

    private static func record(_ row: PostgresRow) throws -> RecordedPayment {
        let methodText: String = try row.decode("method")
        let id: Int64 = try row.decode("id")
        guard let method = PaymentMethod(rawValue: methodText) else {
            throw PostgresError(kind: .decoding, message: "payment \(id) has an unknown method", column: "method")
        }
        return RecordedPayment(id: id, invoiceId: try row.decode("invoice_id"), invoiceNumber: try row.decode("number_text"),
                             memberId: try row.decode("member_id"), currency: try row.decode("currency"), amount: try row.decode("amount"),
                             applied: try row.decode("applied"), paidOn: try row.decode("paid_on"), method: method,
                             reference: try row.decode("reference"), recordedBy: try row.decode("recorded_by"),
                             recordedAt: try row.decode("recorded_at"), voidedAt: try row.decode("voided_at"),
                             voidedBy: try row.decode("voided_by"), voidReason: try row.decode("void_reason"))
    }
}
