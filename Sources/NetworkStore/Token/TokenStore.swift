import NetworkCore
import Postgres

/// Reads and writes member tokens. Only the SHA-256 hex of a secret is ever stored; this store
/// never sees the secret itself.
public enum TokenStore {
    /// Which tokens to list.
    public struct Filter: Sendable, Hashable {
        public var memberID: Int64?
        public var contactID: Int64?
        /// Include revoked and expired tokens.
        public var includeInactive: Bool

        public init(memberID: Int64? = nil, contactID: Int64? = nil, includeInactive: Bool = false) {
            self.memberID = memberID
            self.contactID = contactID
            self.includeInactive = includeInactive
        }
    }

    /// Stores a new token for `contactID` of `memberID`, expiring exactly `days` days after its creation.
    ///
    /// - Returns: the stored token.
    /// - Throws: `PostgresError` (a unique violation on `token_hash` would mean a repeated
    ///   256-bit random value).
    public static func insert(contactID: Int64, memberID: Int64, hash: String, prefix: String, issuedBy: String, days: Int,
                              on connection: PostgresConnection) throws -> TokenRecord {
        let rows = try connection.query("""
            INSERT INTO member_token (contact_id, member_id, token_hash, prefix, issued_by, created_at, expires_at)
            SELECT \(contactID), \(memberID), \(hash), \(prefix), \(issuedBy), now.t, now.t + make_interval(days => \(days))
            FROM (SELECT clock_timestamp() AS t) AS now
            RETURNING
            """ + columns)
        guard let row = rows.first else { throw NetworkError.unavailable("the token was not stored") }
        return try record(row)
    }

    /// The token `id`, or `nil`. `lock` takes `FOR UPDATE` on it.
    public static func get(id: Int64, lock: Bool = false, on connection: PostgresConnection) throws -> TokenRecord? {
        let suffix: SQL = lock ? " FOR UPDATE" : ""
        return try connection.query("SELECT" + columns + " FROM member_token WHERE id = \(id)" + suffix).first.map(record)
    }

    /// Tokens matching `filter`, oldest first.
    public static func list(_ filter: Filter, on connection: PostgresConnection) throws -> [TokenRecord] {
        var sql: SQL = "SELECT" + columns + " FROM member_token WHERE true"
        if let memberID = filter.memberID { sql.append(" AND member_id = \(memberID)") }
        if let contactID = filter.contactID { sql.append(" AND contact_id = \(contactID)") }
        if !filter.includeInactive { sql.append(" AND revoked_at IS NULL AND expires_at > clock_timestamp()") }
        sql.append(" ORDER BY id")
        return try connection.query(sql).map(record)
    }

    /// Marks the token revoked now, unless it already is.
    ///
    /// - Returns: the token as it is afterwards.
    public static func revoke(id: Int64, on connection: PostgresConnection) throws -> TokenRecord? {
        try connection.execute("UPDATE member_token SET revoked_at = clock_timestamp() WHERE id = \(id) AND revoked_at IS NULL")
        return try get(id: id, on: connection)
    }

    private static let columns: SQL = """
         id, contact_id, member_id, prefix, issued_by, to_json(created_at) #>> '{}' AS created_at,
        to_json(expires_at) #>> '{}' AS expires_at, to_json(revoked_at) #>> '{}' AS revoked_at,
        to_json(last_used_at) #>> '{}' AS last_used_at
        """

    private static func record(_ row: PostgresRow) throws -> TokenRecord {
        TokenRecord(
            id: try row.decode("id"), contactID: try row.decode("contact_id"), memberID: try row.decode("member_id"),
            prefix: try row.decode("prefix"), issuedBy: try row.decode("issued_by"), createdAt: try row.decode("created_at"),
            expiresAt: try row.decode("expires_at"), revokedAt: try row.decode("revoked_at", as: String?.self),
            lastUsedAt: try row.decode("last_used_at", as: String?.self))
    }
}
