import NetworkCore
import Postgres

/// A member's population and controllable budget for one year, as stored.
public struct MemberFiguresRecord: Sendable, Hashable {
    public var memberId: Int64
    public var startYear: Int
    public var population: Int?
    /// Minor units.
    public var budgetRevenue: Int64?
    /// Minor units.
    public var budgetCapital: Int64?
    public var recordedBy: String
    public var recordedAt: String
    public var version: Int
}

/// Reads and records members' per-year figures (the band a council pays by).
public enum FiguresStore {
    private static let columns: SQL = """
        member_id, start_year, population, budget_revenue, budget_capital, recorded_by,
        to_json(recorded_at) #>> '{}' AS recorded_at, version
        """

    /// A member's figures for a year, or `nil`; `forUpdate` locks them.
    public static func get(memberId: Int64, startYear: Int, forUpdate: Bool = false, on connection: PostgresConnection) throws
        -> MemberFiguresRecord?
    {
        let lock: SQL = forUpdate ? " FOR UPDATE" : ""
        return try connection.query("SELECT \(columns) FROM member_figures WHERE member_id = \(memberId) AND start_year = \(startYear)\(lock)")
            .first.map(record)
    }

    /// Every year's figures of a member, latest first.
    public static func list(memberId: Int64, on connection: PostgresConnection) throws -> [MemberFiguresRecord] {
        try connection.query("SELECT \(columns) FROM member_figures WHERE member_id = \(memberId) ORDER BY start_year DESC").map(record)
    }

    /// Records a member's figures for a year, replacing what was recorded (the version goes up).
    public static func set(memberId: Int64, startYear: Int, population: Int?, budgetRevenue: Int64?, budgetCapital: Int64?,
                           actor: String, on connection: PostgresConnection) throws -> MemberFiguresRecord {
        guard let row = try connection.query("""
            INSERT INTO member_figures AS f (member_id, start_year, population, budget_revenue, budget_capital, recorded_by)
            VALUES (\(memberId), \(startYear), \(population), \(budgetRevenue), \(budgetCapital), \(actor))
            ON CONFLICT (member_id, start_year) DO UPDATE SET population = EXCLUDED.population,
                budget_revenue = EXCLUDED.budget_revenue, budget_capital = EXCLUDED.budget_capital,
                recorded_by = EXCLUDED.recorded_by, recorded_at = clock_timestamp(), version = f.version + 1
            RETURNING \(columns)
            """).first else { throw PostgresError(kind: .decoding, message: "member_figures upsert returned nothing", column: nil) }
        return try record(row)
    }

    private static func record(_ row: PostgresRow) throws -> MemberFiguresRecord {
        MemberFiguresRecord(memberId: try row.decode("member_id"), startYear: try row.decode("start_year"),
                            population: try row.decode("population"), budgetRevenue: try row.decode("budget_revenue"),
                            budgetCapital: try row.decode("budget_capital"), recordedBy: try row.decode("recorded_by"),
                            recordedAt: try row.decode("recorded_at"), version: try row.decode("version"))
    }
}
