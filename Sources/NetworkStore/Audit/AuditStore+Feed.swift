import Postgres

/// Reading the trail in id order, for the daemon's change feed and its watchers.
extension AuditStore {
    /// The channel migration 0010's trigger notifies after every statement that appends to the
    /// trail; the payload is the highest id the statement wrote (a hint only: read the trail).
    public static let notificationChannel = "networkd_audit"

    /// The highest id visible now; 0 for an empty trail.
    ///
    /// - Throws: `PostgresError`.
    public static func newestID(on connection: PostgresConnection) throws -> Int64 {
        try connection.query("SELECT coalesce(max(id), 0) AS id FROM audit_log").first?.decode("id", as: Int64.self) ?? 0
    }

    /// The ids above `after` visible now, ascending, at most `limit` of them (from the primary
    /// key's index alone).
    ///
    /// - Throws: `PostgresError`.
    public static func ids(after: Int64, limit: Int, on connection: PostgresConnection) throws -> [Int64] {
        try connection.query("SELECT id FROM audit_log WHERE id > \(after) ORDER BY id LIMIT \(limit)")
            .map { try $0.decode("id", as: Int64.self) }
    }

    /// The entries with ids above `after` and up to `through`, ascending, at most `limit`.
    ///
    /// - Throws: `PostgresError`.
    public static func entries(after: Int64, through: Int64, limit: Int, on connection: PostgresConnection) throws
        -> [AuditRecord]
    {
        try connection.query("""
            SELECT \(columns) FROM audit_log WHERE id > \(after) AND id <= \(through) ORDER BY id LIMIT \(limit)
            """).map(record)
    }
}

/// The write transactions running in this database at one instant: each backend that holds a
/// transaction id, by process id and transaction id (`pg_stat_activity`, which shows both for
/// every role's sessions).
///
/// A transaction that took an audit id has a transaction id (it is writing), so once every
/// transaction seen here has ended, an id that was missing before this was read and is still
/// missing after can never appear. See `AuditSequencer`.
///
/// - Important: a prepared transaction (two-phase commit) has no backend and is not seen;
///   networkd never prepares one, and nothing else should write the audit trail.
public struct WriteTransactions: Sendable, Hashable {
    /// `pid:xid` of each transaction.
    public let keys: [String]

    /// The write transactions running now in the connection's database, other than its own.
    ///
    /// - Throws: `PostgresError`.
    public static func running(on connection: PostgresConnection) throws -> WriteTransactions {
        let rows = try connection.query("""
            SELECT pid::text || ':' || backend_xid::text AS key FROM pg_stat_activity
            WHERE datname = current_database() AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()
            """)
        return WriteTransactions(keys: try rows.map { try $0.decode("key", as: String.self) })
    }

    /// Whether any of these transactions is still running.
    ///
    /// - Throws: `PostgresError`.
    public func anyStillRunning(on connection: PostgresConnection) throws -> Bool {
        guard !keys.isEmpty else { return false }
        let still = try connection.query("""
            SELECT count(*) AS n FROM pg_stat_activity
            WHERE datname = current_database() AND backend_xid IS NOT NULL
              AND pid::text || ':' || backend_xid::text = ANY(\(keys)::text[])
            """).first?.decode("n", as: Int.self) ?? 0
        return still > 0
    }
}
