import NetworkCore
import Postgres

/// The finance reports' SQL: set-based, one statement each.
public enum ReportStore {
    /// One row of the income report.
    public struct IncomeRow: Sendable, Hashable {
        public var startYear: Int
        public var tier: String
        public var currency: String
        public var invoices: Int
        public var invoiced: Int64
        public var credited: Int64
        public var received: Int64
        public var outstanding: Int64
    }

    /// Issued invoices by year and tier: what was invoiced, credited, kept and is still due.
    public static func income(startYear: Int?, on connection: PostgresConnection) throws -> [IncomeRow] {
        try connection.query("""
            SELECT start_year, tier, currency, count(*)::int AS invoices, sum(gross)::bigint AS invoiced, sum(credited)::bigint AS credited,
                   sum(received - released)::bigint AS received,
                   sum(CASE WHEN status IN ('issued', 'part_paid') THEN gross - credited - (received - released) ELSE 0 END)::bigint AS outstanding
            FROM invoice
            WHERE number IS NOT NULL AND (\(startYear)::int IS NULL OR start_year = \(startYear))
            GROUP BY start_year, tier, currency
            ORDER BY start_year DESC, tier, currency
            """).map { row in
            IncomeRow(startYear: try row.decode("start_year"), tier: try row.decode("tier"), currency: try row.decode("currency"),
                      invoices: try row.decode("invoices"), invoiced: try row.decode("invoiced"), credited: try row.decode("credited"),
                      received: try row.decode("received"), outstanding: try row.decode("outstanding"))
        }
    }

    /// One member's debt as of a day, by days past due.
    public struct AgedRow: Sendable, Hashable {
        public var memberId: Int64
        public var memberName: String
        public var tier: String
        public var status: String
        public var currency: String
        public var notDue: Int64
        public var days0To30: Int64
        public var days31To60: Int64
        public var days61To90: Int64
        public var over90: Int64
        public var overdueInvoices: Int
        public var oldestOverdueDueOn: String?

        /// Every bucket.
        public var total: Int64 { notDue + days0To30 + days31To60 + days61To90 + over90 }
        /// The buckets past due.
        public var overdue: Int64 { days0To30 + days31To60 + days61To90 + over90 }
    }

    /// What each member owed at the end of `asOf` (YYYY-MM-DD): every invoice issued by then,
    /// less credit notes dated by then and payments paid by then (not voided) and credit
    /// applied by then; bucketed by days past its due date (0–30 includes the due date itself).
    public static func agedDebt(asOf: String, on connection: PostgresConnection) throws -> [AgedRow] {
        try connection.query("""
            WITH owed AS (
                SELECT i.member_id, i.currency, i.due_on,
                       greatest(0, i.gross
                           - coalesce((SELECT sum(c.gross) FROM credit_note c WHERE c.invoice_id = i.id AND c.issued_on <= \(asOf)::date), 0)
                           - coalesce((SELECT sum(p.applied) FROM payment p WHERE p.invoice_id = i.id AND p.paid_on <= \(asOf)::date
                                       AND p.voided_at IS NULL), 0)
                           + coalesce((SELECT sum(e.amount) FROM credit_entry e WHERE e.invoice_id = i.id AND e.kind = 'applied'
                                       AND (e.at AT TIME ZONE (SELECT time_zone FROM network))::date <= \(asOf)::date), 0)
                       ) AS amount
                FROM invoice i
                WHERE i.number IS NOT NULL AND i.issued_on <= \(asOf)::date
            )
            SELECT o.member_id, m.name, m.tier, m.status, o.currency,
                   sum(amount) FILTER (WHERE due_on > \(asOf)::date)::bigint AS not_due,
                   sum(amount) FILTER (WHERE \(asOf)::date - due_on BETWEEN 0 AND 30)::bigint AS d30,
                   sum(amount) FILTER (WHERE \(asOf)::date - due_on BETWEEN 31 AND 60)::bigint AS d60,
                   sum(amount) FILTER (WHERE \(asOf)::date - due_on BETWEEN 61 AND 90)::bigint AS d90,
                   sum(amount) FILTER (WHERE \(asOf)::date - due_on > 90)::bigint AS over90,
                   count(*) FILTER (WHERE due_on < \(asOf)::date)::int AS overdue_invoices,
                   (min(due_on) FILTER (WHERE due_on < \(asOf)::date))::text AS oldest
            FROM owed o JOIN member m ON m.id = o.member_id
            WHERE amount > 0
            GROUP BY o.member_id, m.name, m.tier, m.status, o.currency
            ORDER BY lower(m.name), o.member_id, o.currency
            """).map { row in
            AgedRow(memberId: try row.decode("member_id"), memberName: try row.decode("name"), tier: try row.decode("tier"),
                    status: try row.decode("status"), currency: try row.decode("currency"),
                    notDue: try row.decode("not_due", as: Int64?.self) ?? 0, days0To30: try row.decode("d30", as: Int64?.self) ?? 0,
                    days31To60: try row.decode("d60", as: Int64?.self) ?? 0, days61To90: try row.decode("d90", as: Int64?.self) ?? 0,
                    over90: try row.decode("over90", as: Int64?.self) ?? 0, overdueInvoices: try row.decode("overdue_invoices"),
                    oldestOverdueDueOn: try row.decode("oldest"))
        }
    }
}
