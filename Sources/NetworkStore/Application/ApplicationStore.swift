import NetworkCore
import Postgres

/// Reads and writes applications, on the caller's connection and transaction.
///
/// The handlers decide whether a step is allowed (``ApplicationStatus``); the table's checks
/// back them up (a recommendation before approval, a reason for a rejection, a start date
/// exactly when approved).
public enum ApplicationStore {
    /// Records an application for the applicant member `memberID`.
    public static func insert(
        member memberID: Int64, tierSought: String, statement: String, submittedBy: String, on connection: PostgresConnection
    ) throws -> ApplicationRecord {
        let id: Int64 = try connection.query("""
            INSERT INTO application (member_id, tier_sought, statement, submitted_by)
            VALUES (\(memberID), \(tierSought), \(statement), \(submittedBy)) RETURNING id
            """).first?.decode("id") ?? 0
        return try require(id, on: connection)
    }

    /// One application; `nil` when none has that id. `forUpdate` locks it (not its member).
    public static func get(_ id: Int64, forUpdate: Bool = false, on connection: PostgresConnection) throws -> ApplicationRecord? {
        try connection.run(application(id, forUpdate: forUpdate))
    }

    /// One application, as a query: ``get(_:forUpdate:on:)`` runs it, `application.get` sends
    /// it in its event loop's pipeline (`PostgresPool.read`).
    public static func application(_ id: Int64, forUpdate: Bool = false) -> PostgresQuery<ApplicationRecord?> {
        var sql: SQL = "SELECT \(ApplicationRecord.columns) FROM application a JOIN member m ON m.id = a.member_id WHERE a.id = \(id)"
        if forUpdate { sql.append(" FOR UPDATE OF a") }
        return PostgresQuery(sql) { rows in try rows.first.map(ApplicationRecord.init(row:)) }
    }

    /// One application, which must exist.
    ///
    /// - Throws: `NetworkError.notFound`, `PostgresError`.
    public static func require(_ id: Int64, forUpdate: Bool = false, on connection: PostgresConnection) throws -> ApplicationRecord {
        try connection.run(existing(id, forUpdate: forUpdate))
    }

    /// One application, which must exist, as a query: ``require(_:forUpdate:on:)`` runs it,
    /// `application.get` sends it in its event loop's pipeline.
    public static func existing(_ id: Int64, forUpdate: Bool = false) -> PostgresQuery<ApplicationRecord> {
        application(id, forUpdate: forUpdate).map { record in
            guard let record else { throw NetworkError.notFound(entity: "application", id: String(id)) }
            return record
        }
    }

    /// Applications newest first, keyset-paginated on `id` (`before`: the previous page's cursor).
    ///
    /// - Returns: up to `limit` applications, and whether more follow.
    public static func list(
        status: ApplicationStatus?, limit: Int, before: Int64?, on connection: PostgresConnection
    ) throws -> (applications: [ApplicationRecord], hasMore: Bool) {
        var sql: SQL = "SELECT \(ApplicationRecord.columns) FROM application a JOIN member m ON m.id = a.member_id WHERE true"
        if let status { sql.append(" AND a.status = \(status.rawValue)") }
        if let before { sql.append(" AND a.id < \(before)") }
        sql.append(" ORDER BY a.id DESC LIMIT \(limit + 1)")
        let records = try connection.query(sql).map(ApplicationRecord.init(row:))
        return (Array(records.prefix(limit)), records.count > limit)
    }

    /// Records the values board's recommendation (status `recommended`).
    public static func recommend(
        _ id: Int64, recommendation: String, note: String?, actor: String, on connection: PostgresConnection
    ) throws -> ApplicationRecord {
        try connection.execute("""
            UPDATE application SET status = 'recommended', recommendation = \(recommendation), recommendation_note = \(note),
                recommended_by = \(actor), recommended_at = clock_timestamp(), version = version + 1
            WHERE id = \(id)
            """)
        return try require(id, on: connection)
    }

    /// Records the approval: membership starts on `startsOn` (YYYY-MM-DD).
    public static func approve(_ id: Int64, startsOn: String, actor: String, on connection: PostgresConnection) throws -> ApplicationRecord {
        try connection.execute("""
            UPDATE application SET status = 'approved', starts_on = \(startsOn)::date, decided_by = \(actor),
                decided_at = clock_timestamp(), version = version + 1
            WHERE id = \(id)
            """)
        return try require(id, on: connection)
    }

    /// Records the rejection and its reason.
    public static func reject(_ id: Int64, reason: String, actor: String, on connection: PostgresConnection) throws -> ApplicationRecord {
        try connection.execute("""
            UPDATE application SET status = 'rejected', decision_reason = \(reason), decided_by = \(actor),
                decided_at = clock_timestamp(), version = version + 1
            WHERE id = \(id)
            """)
        return try require(id, on: connection)
    }

    /// How many applications are undecided (submitted or recommended), for `daemon.status`.
    public static var openCount: PostgresQuery<Int> {
        let open = ApplicationStatus.allCases.filter { !$0.isDecided }.map(\.rawValue)
        return PostgresQuery("SELECT count(*) AS n FROM application WHERE status = ANY(\(open)::text[])") {
            try $0.first?.decode("n", as: Int.self) ?? 0
        }
    }
}
