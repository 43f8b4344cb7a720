/// A member token as stored: everything but its hash (which never leaves the store).
///
/// Timestamps are ISO 8601 text as PostgreSQL renders them.
public struct TokenRecord: Sendable, Hashable {
    public var id: Int64
    public var contactID: Int64
    public var memberID: Int64
    public var prefix: String
    public var issuedBy: String
    public var createdAt: String
    public var expiresAt: String
    public var revokedAt: String?
    public var lastUsedAt: String?

    public init(id: Int64, contactID: Int64, memberID: Int64, prefix: String, issuedBy: String, createdAt: String,
                expiresAt: String, revokedAt: String?, lastUsedAt: String?) {
        self.id = id
        self.contactID = contactID
        self.memberID = memberID
        self.prefix = prefix
        self.issuedBy = issuedBy
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
        self.lastUsedAt = lastUsedAt
    }
}
