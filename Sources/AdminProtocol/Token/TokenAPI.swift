import NetworkCore

/// The token area. Member tokens: secrets that let a member contact act for its member.
public enum TokenAPI: AdminArea {
    public static let name = "token"
    public static let group = AreaGroup.membership
    public static let methods: [any AdminMethod.Type] = [TokenIssue.self, TokenList.self, TokenRevoke.self]
}

/// A member token on the wire; never the secret, except once in `token.issue`'s result.
public struct TokenWire: Codable, Sendable, Hashable {
    public var id: Int64
    public var contactId: Int64
    public var memberId: Int64
    /// The first characters of the token, to recognise it.
    public var prefix: String
    public var createdAt: String
    public var expiresAt: String
    public var revokedAt: String?
    public var lastUsedAt: String?
    public var issuedBy: String

    public init(id: Int64, contactId: Int64, memberId: Int64, prefix: String, createdAt: String, expiresAt: String,
                revokedAt: String?, lastUsedAt: String?, issuedBy: String) {
        self.id = id
        self.contactId = contactId
        self.memberId = memberId
        self.prefix = prefix
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
        self.lastUsedAt = lastUsedAt
        self.issuedBy = issuedBy
    }
}

/// `token.issue`: a member token for one contact, shown once.
public enum TokenIssue: Mutation {
    public static let name = "token.issue"
    public static let summary = "Issue a member token to one contact; the secret is in this result only (stored as a SHA-256 hash)."
    public static let access: Access<Params> = .staff([.secretariat])

    public struct Params: MutationParams, Hashable {
        public var contactId: Int64
        /// 1–365, default 90.
        public var expiresInDays: Int?
        public var idempotencyKey: String?
        public var expectedVersion: Int? { nil }

        public init(contactId: Int64, expiresInDays: Int? = nil, idempotencyKey: String? = nil) {
            self.contactId = contactId
            self.expiresInDays = expiresInDays
            self.idempotencyKey = idempotencyKey
        }

        enum CodingKeys: String, CodingKey { case contactId, expiresInDays, idempotencyKey }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var token: TokenWire
        /// The secret: give it to the contact; it cannot be shown again.
        public var secret: String
        public init(token: TokenWire, secret: String) {
            self.token = token
            self.secret = secret
        }
    }
}

/// `token.list`
public enum TokenList: Query {
    public static let name = "token.list"
    public static let summary = "Member tokens (never their secrets); filter by member or contact."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        public var memberId: Int64?
        public var contactId: Int64?
        /// Include revoked and expired tokens (default false).
        public var all: Bool?
        public init(memberId: Int64? = nil, contactId: Int64? = nil, all: Bool? = nil) {
            self.memberId = memberId
            self.contactId = contactId
            self.all = all
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var tokens: [TokenWire]
        public init(tokens: [TokenWire]) { self.tokens = tokens }
    }
}

/// `token.revoke`
public enum TokenRevoke: Mutation {
    public static let name = "token.revoke"
    public static let summary = "Revoke a member token at once; connections already authenticated with it lose access on their next call."
    public static let access: Access<Params> = .staff([.secretariat])

    public struct Params: MutationParams, Hashable {
        public var id: Int64
        public var idempotencyKey: String?
        public var expectedVersion: Int? { nil }
        public init(id: Int64, idempotencyKey: String? = nil) {
            self.id = id
            self.idempotencyKey = idempotencyKey
        }
        enum CodingKeys: String, CodingKey { case id, idempotencyKey }
    }

    public typealias Result = TokenWire
}
