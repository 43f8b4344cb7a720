import NetworkCore
import Postgres

/// A membership year as stored, once opened.
public struct BillingYearRecord: Sendable, Hashable {
    /// 2026 for 2026/27.
    public var startYear: Int
    public var startsOn: String
    public var endsOn: String
    /// The date the year's subscription invoices carry.
    public var invoiceDate: String
    /// Days from issue until an invoice is due.
    public var paymentTermsDays: Int
    public var openedBy: String
    public var openedAt: String
}

/// Reads and opens membership years. A year is never changed or removed once opened.
public enum YearStore {
    private static let columns: SQL = """
        start_year, starts_on::text AS starts_on, ends_on::text AS ends_on, invoice_date::text AS invoice_date,
        payment_terms_days, opened_by, to_json(opened_at) #>> '{}' AS opened_at
        """

    /// Every open year, latest first.
    public static func list(on connection: PostgresConnection) throws -> [BillingYearRecord] {
        try connection.query("SELECT \(columns) FROM billing_year ORDER BY start_year DESC").map(record)
    }

    /// The year starting in `startYear`, or `nil` when it is not open.
    public static func get(_ startYear: Int, on connection: PostgresConnection) throws -> BillingYearRecord? {
        try connection.query("SELECT \(columns) FROM billing_year WHERE start_year = \(startYear)").first.map(record)
    }

    /// The open year that contains `date` (YYYY-MM-DD), or `nil`.
    public static func containing(_ date: String, on connection: PostgresConnection) throws -> BillingYearRecord? {
        try connection.query("SELECT \(columns) FROM billing_year WHERE \(date)::date BETWEEN starts_on AND ends_on").first.map(record)
    }

    /// Opens `year`.
    ///
    /// - Throws: `NetworkError.conflict` when it is already open; `PostgresError` otherwise.
    public static func open(_ year: MembershipYear, invoiceDate: String, paymentTermsDays: Int, actor: String,
                            on connection: PostgresConnection) throws -> BillingYearRecord {
        let inserted = try connection.query("""
            INSERT INTO billing_year (start_year, starts_on, ends_on, invoice_date, payment_terms_days, opened_by)
            VALUES (\(year.startYear), \(year.start.description)::date, \(year.end.description)::date, \(invoiceDate)::date,
                    \(paymentTermsDays), \(actor))
            ON CONFLICT (start_year) DO NOTHING
            RETURNING \(columns)
            """)
        guard let row = inserted.first else { throw NetworkError.conflict("the membership year \(year.label) is already open") }
        return try record(row)
    }

    private static func record(_ row: PostgresRow) throws -> BillingYearRecord {
        BillingYearRecord(startYear: try row.decode("start_year"), startsOn: try row.decode("starts_on"), endsOn: try row.decode("ends_on"),
                          invoiceDate: try row.decode("invoice_date"), paymentTermsDays: try row.decode("payment_terms_days"),
                          openedBy: try row.decode("opened_by"), openedAt: try row.decode("opened_at"))
    }
}
