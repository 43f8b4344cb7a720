import NetworkCore
import Postgres

/// What `session.authenticate` and every later call of a member session read: which token a
/// presented hash is, and whether a session made with it may still act.
public enum SessionStore {
    /// What the token with SHA-256 hex `hash` is, or `nil` if no token has that hash.
    public static func login(hash: String, on connection: PostgresConnection) throws -> SessionLogin? {
        let rows = try connection.query("""
            SELECT t.id, t.contact_id, t.member_id, m.name AS member_name,
                   m.status = ANY(\(currentStatuses)::text[]) AS member_current,
                   t.revoked_at IS NOT NULL AS revoked, t.expires_at <= clock_timestamp() AS expired,
                   to_json(t.expires_at) #>> '{}' AS expires_at
            FROM member_token t JOIN member m ON m.id = t.member_id
            WHERE t.token_hash = \(hash)
            """)
        guard let row = rows.first else { return nil }
        return SessionLogin(
            tokenID: try row.decode("id"), contactID: try row.decode("contact_id"), memberID: try row.decode("member_id"),
            memberName: try row.decode("member_name"), memberIsCurrent: try row.decode("member_current"),
            isRevoked: try row.decode("revoked"), isExpired: try row.decode("expired"), expiresAt: try row.decode("expires_at"))
    }

    /// Records a successful use of the token.
    public static func touch(id: Int64, on connection: PostgresConnection) throws {
        try connection.execute("UPDATE member_token SET last_used_at = clock_timestamp() WHERE id = \(id)")
    }

    /// Whether a session established with token `tokenID` for (`memberID`, `contactID`) may still
    /// act: the token exists, is not revoked or expired, and its member is current. One primary-key
    /// lookup on each of two tables; run before every call of a member session.
    public static func sessionIsValid(tokenID: Int64, memberID: Int64, contactID: Int64,
                                      on connection: PostgresConnection) throws -> Bool {
        try connection.query("""
            SELECT EXISTS (
                SELECT 1 FROM member_token t JOIN member m ON m.id = t.member_id
                WHERE t.id = \(tokenID) AND t.member_id = \(memberID) AND t.contact_id = \(contactID)
                  AND t.revoked_at IS NULL AND t.expires_at > clock_timestamp()
                  AND m.status = ANY(\(currentStatuses)::text[])
            ) AS valid
            """).first?.decode("valid", as: Bool.self) ?? false
    }

    /// The member statuses whose tokens work: the current ones, as `member.list` counts them.
    private static let currentStatuses = MemberStatusFilter.current.statuses.map(\.rawValue).sorted()
}

/// What a presented token hash resolves to, for `session.authenticate` to judge.
public struct SessionLogin: Sendable, Hashable {
    public var tokenID: Int64
    public var contactID: Int64
    public var memberID: Int64
    public var memberName: String
    public var memberIsCurrent: Bool
    public var isRevoked: Bool
    public var isExpired: Bool
    public var expiresAt: String

    public init(tokenID: Int64, contactID: Int64, memberID: Int64, memberName: String, memberIsCurrent: Bool,
                isRevoked: Bool, isExpired: Bool, expiresAt: String) {
        self.tokenID = tokenID
        self.contactID = contactID
        self.memberID = memberID
        self.memberName = memberName
        self.memberIsCurrent = memberIsCurrent
        self.isRevoked = isRevoked
        self.isExpired = isExpired
        self.expiresAt = expiresAt
    }
}
