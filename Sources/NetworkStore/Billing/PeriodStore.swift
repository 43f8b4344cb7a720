import NetworkCore
import Postgres

/// One membership period as stored: a member's year, from joining or renewal. Never rewritten.
public struct PeriodRecord: Sendable, Hashable {
    public var id: Int64
    public var memberId: Int64
    public var startYear: Int
    public var startsOn: String
    public var endsOn: String
    /// The member's tier when the period started.
    public var tier: String
    /// `joined` (pro rata from the joining day) or `renewal` (the whole year).
    public var source: String
    public var createdBy: String
    public var createdAt: String
}

/// Reads and adds members' periods: one per member and year (a unique key says so).
public enum PeriodStore {
    private static let columns: SQL = """
        id, member_id, start_year, starts_on::text AS starts_on, ends_on::text AS ends_on, tier, source, created_by,
        to_json(created_at) #>> '{}' AS created_at
        """

    /// Periods, latest year first, optionally of one member and/or one year.
    public static func list(memberId: Int64?, startYear: Int?, on connection: PostgresConnection) throws -> [PeriodRecord] {
        try connection.query("""
            SELECT \(columns) FROM member_period
            WHERE (\(memberId)::bigint IS NULL OR member_id = \(memberId)) AND (\(startYear)::int IS NULL OR start_year = \(startYear))
            ORDER BY start_year DESC, member_id LIMIT 10000
            """).map(record)
    }

    /// A member's period in a year, or `nil`.
    public static func get(memberId: Int64, startYear: Int, on connection: PostgresConnection) throws -> PeriodRecord? {
        try connection.query("SELECT \(columns) FROM member_period WHERE member_id = \(memberId) AND start_year = \(startYear)")
            .first.map(record)
    }

    /// A period by id, or `nil`.
    public static func get(_ id: Int64, on connection: PostgresConnection) throws -> PeriodRecord? {
        try connection.query("SELECT \(columns) FROM member_period WHERE id = \(id)").first.map(record)
    }

    /// Adds a member's period in `year` from `startsOn` to the year's end, unless it has one:
    /// then that one is returned unchanged (periods are never rewritten).
    ///
    /// - Returns: the period, and whether this call created it.
    public static func ensure(memberId: Int64, year: BillingYearRecord, startsOn: String, tier: String, source: String, actor: String,
                              on connection: PostgresConnection) throws -> (period: PeriodRecord, created: Bool) {
        let inserted = try connection.query("""
            INSERT INTO member_period (member_id, start_year, starts_on, ends_on, tier, source, created_by)
            VALUES (\(memberId), \(year.startYear), \(startsOn)::date, \(year.endsOn)::date, \(tier), \(source), \(actor))
            ON CONFLICT (member_id, start_year) DO NOTHING
            RETURNING \(columns)
            """)
        if let row = inserted.first { return (try record(row), true) }
        guard let existing = try get(memberId: memberId, startYear: year.startYear, on: connection) else {
            throw PostgresError(kind: .decoding, message: "member_period vanished", column: nil)
        }
        return (existing, false)
    }

    private static func record(_ row: PostgresRow) throws -> PeriodRecord {
        PeriodRecord(id: try row.decode("id"), memberId: try row.decode("member_id"), startYear: try row.decode("start_year"),
                     startsOn: try row.decode("starts_on"), endsOn: try row.decode("ends_on"), tier: try row.decode("tier"),
                     source: try row.decode("source"), createdBy: try row.decode("created_by"), createdAt: try row.decode("created_at"))
    }
}
