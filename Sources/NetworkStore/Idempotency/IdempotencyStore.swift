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
        /// Whether the stored request is the JSON of `requestJSON` as given to ``claim`` — compared
        /// by the server after applying any erasure the stored one has had (see ``matches``).
        public var sameRequest: Bool
    }

    /// Locks (actor, key) for the rest of the transaction and returns what is stored, if anything,
    /// with whether `requestJSON` is the request it was stored for.
    ///
    /// Requests are compared by the server as `jsonb` values. When a contact has since been
    /// erased from the stored request (UK GDPR), the same erasure is applied to `requestJSON`
    /// first (`jsonb_erase_contacts`), so a retry of the same call still matches its redacted
    /// record and gets the redacted first answer, while different non-personal params remain a
    /// conflict.
    public static func claim(actor: String, key: String, requestJSON: String, on connection: PostgresConnection) throws -> Entry? {
        try connection.execute("SELECT pg_advisory_xact_lock(hashtextextended(\(actor + "\u{1F}" + key), 7))")
        let rows = try connection.query("""
            SELECT method, request::text AS request, response::text AS response,
                   jsonb_erase_contacts(\(requestJSON)::jsonb, target, erased_contact_ids) = request AS same
            FROM idempotency_keys WHERE actor = \(actor) AND key = \(key)
            """)
        guard let row = rows.first else { return nil }
        return Entry(method: try row.decode("method"), requestJSON: try row.decode("request"), responseJSON: try row.decode("response"),
                     sameRequest: try row.decode("same"))
    }

    /// Stores the response for (actor, key), with the audit target of the change it made (what an
    /// erasure finds it by).
    public static func save(actor: String, key: String, method: String, target: String?, requestJSON: String, responseJSON: String,
                            on connection: PostgresConnection) throws {
        try connection.executeDeferred("""
            INSERT INTO idempotency_keys (actor, key, method, target, request, response)
            VALUES (\(actor), \(key), \(method), \(target), \(requestJSON)::jsonb, \(responseJSON)::jsonb)
            """)
    }
}
