import NetworkCore

/// The session area: how a connection comes to act as a member contact.
public enum SessionAPI: AdminArea {
    public static let name = "session"
    public static let group = AreaGroup.membership
    public static let methods: [any AdminMethod.Type] = [SessionAuthenticate.self]
}

/// `session.authenticate`: act as a member contact on this connection.
public enum SessionAuthenticate: DaemonCommand {
    public static let name = "session.authenticate"
    public static let summary = "Present a member token: from now on this connection acts as that member contact, with the member role only."
    public static let access: Access<Params> = .anyone

    public struct Params: Codable, Sendable, Hashable {
        public var token: String
        public init(token: String) { self.token = token }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var memberId: Int64
        public var memberName: String
        public var contactId: Int64
        public var roles: [String]
        public var expiresAt: String
        public init(memberId: Int64, memberName: String, contactId: Int64, roles: [String], expiresAt: String) {
            self.memberId = memberId
            self.memberName = memberName
            self.contactId = contactId
            self.roles = roles
            self.expiresAt = expiresAt
        }
    }
}
