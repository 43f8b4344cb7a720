import Postgres

/// Remembers the response to a mutating call made with an idempotency key.
///
/// Used inside the call's own transaction: `claim` takes a transaction-scoped advisory lock on
/// (actor, key) so two concurrent retries of one request cannot both do the work; the second
/// waits, then finds the stored response.
public enum IdempotencyStore {
    /// A stored response.
    public struct Entry: Sendable, Hashable {
        public var method: String
        public var requestJSON: String
        public var responseJSON: String
    }

    /// Locks (actor, key) for the rest of the transaction and returns what is stored, if anything.
    public static func claim(actor: String, key: String, on connection: PostgresConnection) throws -> Entry? {
        try connection.execute("SELECT pg_advisory_xact_lock(hashtextextended(\(actor + "\u{1F}" + key), 7))")
        let rows = try connection.query("""
            SELECT method, request::text AS request, response::text AS response
            FROM idempotency_keys WHERE actor = \(actor) AND key = \(key)
            """)
        guard let row = rows.first else { return nil }
        return Entry(method: try row.decode("method"), requestJSON: try row.decode("request"), responseJSON: try row.decode("response"))
    }

    /// Whether two JSON texts are the same JSON value (compared by the server as `jsonb`).
    public static func sameJSON(_ lhs: String, _ rhs: String, on connection: PostgresConnection) throws -> Bool {
        try connection.query("SELECT \(lhs)::jsonb = \(rhs)::jsonb AS same").first?.decode("same", as: Bool.self) ?? false
    }

    /// Stores the response for (actor, key).
    public static func save(actor: String, key: String, method: String, requestJSON: String, responseJSON: String,
                            on connection: PostgresConnection) throws {
        try connection.execute("""
            INSERT INTO idempotency_keys (actor, key, method, request, response)
            VALUES (\(actor), \(key), \(method), \(requestJSON)::jsonb, \(responseJSON)::jsonb)
            """)
    }
}
