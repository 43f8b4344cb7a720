import Postgres

/// Reads and appends the audit trail. The table is append-only in the database itself.
public enum AuditStore {
    /// Appends an entry without waiting for it: the insert goes out with the transaction's next
    /// statement, usually its `COMMIT` (``PostgresConnection/executeDeferred(_:)``), saving a
    /// round trip. For the one entry a mutation writes last; a failure fails the commit.
    ///
    /// - Throws: `PostgresError` (now for a NUL byte; otherwise from the statement it travels with).
    public static func appendDeferred(_ record: AuditRecord, on connection: PostgresConnection) throws {
        try connection.executeDeferred("""
            INSERT INTO audit_log (request_id, actor, actor_role, method, target, before, after)
            VALUES (\(record.requestID), \(record.actor), \(record.role), \(record.method), \(record.target),
                    \(record.beforeJSON)::jsonb, \(record.afterJSON)::jsonb)
            """)
    }

    /// Appends one entry on the caller's connection, inside the caller's transaction.
    ///
    /// - Returns: the new entry's id.
    /// - Throws: `PostgresError`.
    @discardableResult
    public static func append(_ record: AuditRecord, on connection: PostgresConnection) throws -> Int64 {
        let result = try connection.query("""
            INSERT INTO audit_log (request_id, actor, actor_role, method, target, before, after)
            VALUES (\(record.requestID), \(record.actor), \(record.role), \(record.method), \(record.target),
                    \(record.beforeJSON)::jsonb, \(record.afterJSON)::jsonb)
            RETURNING id
            """)
        return try result.first?.decode("id", as: Int64.self) ?? 0
    }

    /// Lists entries newest first, keyset-paginated on `id`.
    ///
    /// - Returns: up to `filter.limit` entries, and whether more exist past the last one.
    public static func list(_ filter: AuditFilter, on connection: PostgresConnection) throws -> (records: [AuditRecord], hasMore: Bool) {
        var sql: SQL = "SELECT \(columns) FROM audit_log WHERE true"
        if let before = filter.before { sql.append(" AND id < \(before)") }
        if let method = filter.method { sql.append(" AND method = \(method)") }
        if let actor = filter.actor { sql.append(" AND actor = \(actor)") }
        if let target = filter.target { sql.append(" AND target = \(target)") }
        sql.append(" ORDER BY id DESC LIMIT \(filter.limit + 1)")
        let records = try connection.query(sql).map(record)
        let hasMore = records.count > filter.limit
        return (Array(records.prefix(filter.limit)), hasMore)
    }

    /// The columns ``record(_:)`` reads.
    static let columns: SQL = """
        id, to_json(at) #>> '{}' AS at, request_id, actor, actor_role, method, target,
        before::text AS before, after::text AS after
        """

    /// One stored entry from a row of ``columns``.
    static func record(_ row: PostgresRow) throws -> AuditRecord {
        AuditRecord(
            id: try row.decode("id"), at: try row.decode("at"), requestID: try row.decode("request_id"),
            actor: try row.decode("actor"), role: try row.decode("actor_role"), method: try row.decode("method"),
            target: try row.decode("target", as: String?.self), beforeJSON: try row.decode("before", as: String?.self),
            afterJSON: try row.decode("after", as: String?.self))
    }

    /// How many entries the trail holds (for `daemon.status`).
    public static let count = PostgresQuery("SELECT count(*) AS n FROM audit_log") {
        try $0.first?.decode("n", as: Int.self) ?? 0
    }
}
