import NetworkCore
import Postgres

/// A credit note as stored: numbered in its own series when created, never changed.
public struct CreditNoteRecord: Sendable, Hashable {
    public var id: Int64
    public var invoiceId: Int64
    public var memberId: Int64
    public var number: String
    public var issuedOn: String
    public var reason: String
    public var currency: String
    public var net: Int64
    public var vat: Int64
    public var gross: Int64
    public var snapshotJSON: String
    public var createdBy: String
    public var createdAt: String
}

/// Writes and reads credit notes.
public enum CreditNoteStore {
    private static let columns: SQL = """
        id, invoice_id, member_id, number_text, issued_on::text AS issued_on, reason, currency, net, vat, gross,
        snapshot::text AS snapshot, created_by, to_json(created_at) #>> '{}' AS created_at
        """

    /// Stores a credit note numbered `number` of `series` (just taken with
    /// `InvoiceStore.takeNumber`), with its lines.
    public static func insert(invoiceId: Int64, memberId: Int64, series: String, number: Int, issuedOn: String, reason: String,
                              currency: String, lines: [InvoiceLineRecord], snapshotJSON: String, actor: String,
                              on connection: PostgresConnection) throws -> CreditNoteRecord {
        let net = lines.reduce(0) { $0 + $1.net }, vat = lines.reduce(0) { $0 + $1.vat }
        guard let row = try connection.query("""
            INSERT INTO credit_note (invoice_id, member_id, series, number, issued_on, reason, currency, net, vat, gross, snapshot, created_by)
            VALUES (\(invoiceId), \(memberId), \(series), \(number), \(issuedOn)::date, \(reason), \(currency), \(net), \(vat),
                    \(net + vat), \(snapshotJSON)::jsonb, \(actor))
            RETURNING \(columns)
            """).first else { throw PostgresError(kind: .decoding, message: "credit_note insert returned nothing", column: nil) }
        let note = try record(row)
        for (index, line) in lines.enumerated() {
            try connection.execute("""
                INSERT INTO credit_note_line (credit_note_id, position, description, net, vat_basis_points, vat)
                VALUES (\(note.id), \(index + 1), \(line.description), \(line.net), \(line.vatBasisPoints), \(line.vat))
                """)
        }
        return note
    }

    /// The credit notes against an invoice, oldest first.
    public static func list(invoiceId: Int64, on connection: PostgresConnection) throws -> [CreditNoteRecord] {
        try connection.query("SELECT \(columns) FROM credit_note WHERE invoice_id = \(invoiceId) ORDER BY id").map(record)
    }

    /// A credit note by id or by number (`CCIN-CN-2026-0001`), or `nil`.
    public static func get(id: Int64?, number: String?, on connection: PostgresConnection) throws -> CreditNoteRecord? {
        try connection.query("""
            SELECT \(columns) FROM credit_note WHERE id = \(id) OR number_text = \(number) LIMIT 1
            """).first.map(record)
    }

    private static func record(_ row: PostgresRow) throws -> CreditNoteRecord {
        CreditNoteRecord(id: try row.decode("id"), invoiceId: try row.decode("invoice_id"), memberId: try row.decode("member_id"),
                         number: try row.decode("number_text"), issuedOn: try row.decode("issued_on"), reason: try row.decode("reason"),
                         currency: try row.decode("currency"), net: try row.decode("net"), vat: try row.decode("vat"),
                         gross: try row.decode("gross"), snapshotJSON: try row.decode("snapshot"), createdBy: try row.decode("created_by"),
                         createdAt: try row.decode("created_at"))
    }
}
