import NetworkCore
import Postgres

/// Which invoices `invoice.list` returns.
public struct InvoiceFilter: Sendable, Hashable {
    public var status: InvoiceStatus?
    public var startYear: Int?
    public var memberId: Int64?
    /// Only invoices unpaid after their due date, as of this day (YYYY-MM-DD): a query, never a stored flag.
    public var overdueOn: String?
    /// Keyset: invoices with a smaller id than this (the list runs newest first).
    public var before: Int64?
    public var limit: Int

    public init(status: InvoiceStatus? = nil, startYear: Int? = nil, memberId: Int64? = nil, overdueOn: String? = nil,
                before: Int64? = nil, limit: Int = 50) {
        self.status = status
        self.startYear = startYear
        self.memberId = memberId
        self.overdueOn = overdueOn
        self.before = before
        self.limit = limit
    }
}

/// Reads and writes invoices and their lines. Issued invoices are immutable in the database
/// (`invoice_guard`); their numbers come only from ``takeNumber(series:on:)``.
public enum InvoiceStore {
    /// One invoice with its lines, or `nil`; `forUpdate` locks the invoice row.
    public static func get(_ id: Int64, forUpdate: Bool = false, on connection: PostgresConnection) throws -> InvoiceRecord? {
        let lock: SQL = forUpdate ? " FOR UPDATE OF i" : ""
        guard let row = try connection.query("""
            SELECT \(InvoiceRecord.columns) FROM invoice i JOIN member m ON m.id = i.member_id WHERE i.id = \(id)\(lock)
            """).first else { return nil }
        return try InvoiceRecord(row: row, lines: try lines(of: id, on: connection))
    }

    /// One invoice, which must exist.
    ///
    /// - Throws: `NetworkError.notFound`.
    public static func require(_ id: Int64, forUpdate: Bool = false, on connection: PostgresConnection) throws -> InvoiceRecord {
        guard let invoice = try get(id, forUpdate: forUpdate, on: connection) else {
            throw NetworkError.notFound(entity: "invoice", id: String(id))
        }
        return invoice
    }

    /// The id of the invoice numbered `number` (`CCIN-2026-0001`), or `nil`.
    public static func id(ofNumber number: String, on connection: PostgresConnection) throws -> Int64? {
        try connection.query("SELECT id FROM invoice WHERE number_text = \(number)").first?.decode("id")
    }

    /// The member an invoice belongs to, or `nil` when there is no such invoice.
    public static func memberId(of id: Int64, on connection: PostgresConnection) throws -> Int64? {
        try connection.query("SELECT member_id FROM invoice WHERE id = \(id)").first?.decode("member_id")
    }

    /// A page of invoices, newest first.
    public static func list(_ filter: InvoiceFilter, on connection: PostgresConnection) throws -> [InvoiceRecord] {
        let rows = try connection.query("""
            SELECT \(InvoiceRecord.columns) FROM invoice i JOIN member m ON m.id = i.member_id
            WHERE (\(filter.status?.rawValue)::text IS NULL OR i.status = \(filter.status?.rawValue))
              AND (\(filter.startYear)::int IS NULL OR i.start_year = \(filter.startYear))
              AND (\(filter.memberId)::bigint IS NULL OR i.member_id = \(filter.memberId))
              AND (\(filter.overdueOn)::date IS NULL OR (i.status IN ('issued', 'part_paid') AND i.due_on < \(filter.overdueOn)::date))
              AND (\(filter.before)::bigint IS NULL OR i.id < \(filter.before))
            ORDER BY i.id DESC LIMIT \(filter.limit)
            """)
        return try rows.map { row in
            let id: Int64 = try row.decode("id")
            return try InvoiceRecord(row: row, lines: try lines(of: id, on: connection))
        }
    }

    /// The live (not cancelled) subscription invoice of a period, or `nil`; locked.
    public static func subscription(ofPeriod periodId: Int64, on connection: PostgresConnection) throws -> InvoiceRecord? {
        guard let id: Int64 = try connection.query("""
            SELECT id FROM invoice WHERE period_id = \(periodId) AND kind = 'subscription' AND status <> 'cancelled'
            """).first?.decode("id") else { return nil }
        return try get(id, forUpdate: true, on: connection)
    }

    /// The latest live invoice that bills `tier` for a period (its subscription or a tier
    /// change's), or `nil`; locked.
    public static func latestBilling(tier: String, ofPeriod periodId: Int64, on connection: PostgresConnection) throws -> InvoiceRecord? {
        guard let id: Int64 = try connection.query("""
            SELECT id FROM invoice WHERE period_id = \(periodId) AND tier = \(tier) AND kind IN ('subscription', 'adjustment')
              AND status <> 'cancelled'
            ORDER BY id DESC LIMIT 1
            """).first?.decode("id") else { return nil }
        return try get(id, forUpdate: true, on: connection)
    }

    /// Creates a draft invoice with `lines` (the database totals them).
    ///
    /// - Throws: `NetworkError.conflict` when the period already has a live subscription invoice.
    public static func createDraft(memberId: Int64, startYear: Int, periodId: Int64?, kind: String, tier: String, currency: String,
                                   lines: [InvoiceLineRecord], actor: String, on connection: PostgresConnection) throws -> InvoiceRecord {
        let id: Int64
        do {
            guard let row = try connection.query("""
                INSERT INTO invoice (member_id, start_year, period_id, kind, tier, currency, created_by)
                VALUES (\(memberId), \(startYear), \(periodId), \(kind), \(tier), \(currency), \(actor)) RETURNING id
                """).first else { throw PostgresError(kind: .decoding, message: "invoice insert returned nothing", column: nil) }
            id = try row.decode("id")
        } catch let error as PostgresError where error.code == .uniqueViolation && error.constraint == "invoice_subscription_period_key" {
            throw NetworkError.conflict("member \(memberId) already has a subscription invoice for \(startYear); cancel it before invoicing the period again")
        }
        for (index, line) in lines.enumerated() {
            try connection.execute("""
                INSERT INTO invoice_line (invoice_id, position, kind, description, net, vat_basis_points, vat, months)
                VALUES (\(id), \(index + 1), \(line.kind), \(line.description), \(line.net), \(line.vatBasisPoints), \(line.vat),
                        \(line.months))
                """)
        }
        return try require(id, on: connection)
    }

    /// Moves an unissued invoice to `status` (draft ↔ awaiting PO, or cancelled).
    public static func setUnissuedStatus(_ id: Int64, to status: InvoiceStatus, on connection: PostgresConnection) throws {
        try connection.execute("UPDATE invoice SET status = \(status.rawValue), version = version + 1, updated_at = clock_timestamp() WHERE id = \(id)")
    }

    /// Takes the next number of `series` from its counter row, which stays locked until the
    /// transaction ends (a rollback gives the number back; a concurrent issuer waits).
    public static func takeNumber(series: String, on connection: PostgresConnection) throws -> Int {
        guard let number: Int = try connection.query("SELECT invoice_series_take(\(series)) AS n").first?.decode("n") else {
            throw PostgresError(kind: .decoding, message: "invoice_series_take returned nothing", column: nil)
        }
        return number
    }

    /// Numbers and issues an invoice: `number` must be the one just taken from `series`.
    public static func markIssued(_ id: Int64, series: String, number: Int, issuedOn: String, dueOn: String, snapshotJSON: String,
                                  on connection: PostgresConnection) throws {
        try connection.execute("""
            UPDATE invoice SET status = 'issued', series = \(series), number = \(number), issued_on = \(issuedOn)::date,
                due_on = \(dueOn)::date, snapshot = \(snapshotJSON)::jsonb, version = version + 1, updated_at = clock_timestamp()
            WHERE id = \(id)
            """)
    }

    /// Records a purchase-order number on an unissued invoice.
    public static func setPurchaseOrder(_ id: Int64, _ number: String, suppliedBy actor: String, on connection: PostgresConnection) throws {
        try connection.execute("""
            UPDATE invoice SET po_number = \(number), po_supplied_by = \(actor), version = version + 1, updated_at = clock_timestamp()
            WHERE id = \(id)
            """)
    }

    /// Writes an issued invoice's amounts and the status they imply.
    public static func setAmounts(_ id: Int64, credited: Int64, received: Int64, released: Int64, status: InvoiceStatus,
                                  on connection: PostgresConnection) throws {
        try connection.execute("""
            UPDATE invoice SET credited = \(credited), received = \(received), released = \(released), status = \(status.rawValue),
                version = version + 1, updated_at = clock_timestamp()
            WHERE id = \(id)
            """)
    }

    /// Cancels an invoice (after its credit note, when it was issued).
    public static func cancel(_ id: Int64, credited: Int64, released: Int64, actor: String, reason: String, on connection: PostgresConnection) throws {
        try connection.execute("""
            UPDATE invoice SET status = 'cancelled', credited = \(credited), released = \(released), cancelled_at = clock_timestamp(),
                cancelled_by = \(actor), cancel_reason = \(reason), version = version + 1, updated_at = clock_timestamp()
            WHERE id = \(id)
            """)
    }

    private static func lines(of id: Int64, on connection: PostgresConnection) throws -> [InvoiceLineRecord] {
        try connection.query("""
            SELECT kind, description, net, vat_basis_points, vat, months FROM invoice_line WHERE invoice_id = \(id) ORDER BY position
            """).map { row in
            InvoiceLineRecord(kind: try row.decode("kind"), description: try row.decode("description"), net: try row.decode("net"),
                              vatBasisPoints: try row.decode("vat_basis_points"), vat: try row.decode("vat"), months: try row.decode("months"))
        }
    }
}
