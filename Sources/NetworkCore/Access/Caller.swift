/// Who is on the other end of an admin-socket connection.
///
/// Built by the daemon from `SO_PEERCRED`/`SO_PEERGROUPS` and the configured role mapping, and
/// later narrowed or widened by `session.authenticate`. Core code only reads it.
public struct Caller: Sendable, Hashable {
    /// The peer's user id, from `SO_PEERCRED`.
    public var uid: UInt32
    /// The peer's primary group id, from `SO_PEERCRED`.
    public var gid: UInt32
    /// The peer process id, from `SO_PEERCRED` (for logs only).
    public var pid: Int32
    /// The peer's user name when it resolves, for the audit trail.
    public var userName: String?
    /// Roles this caller holds on this connection.
    public var roles: Set<Role>
    /// The member contact this connection acts as, after `session.authenticate`.
    public var member: MemberIdentity?

    public init(uid: UInt32, gid: UInt32, pid: Int32, userName: String?, roles: Set<Role>, member: MemberIdentity? = nil) {
        self.uid = uid
        self.gid = gid
        self.pid = pid
        self.userName = userName
        self.roles = roles
        self.member = member
    }

    /// This caller acting as `identity`: the member role only.
    public func authenticated(as identity: MemberIdentity) -> Caller {
        var caller = self
        caller.roles = [.member]
        caller.member = identity
        return caller
    }

    /// Whether the caller acts only as a member (no staff role).
    public var isMemberOnly: Bool {
        !roles.contains(.secretariat) && !roles.contains(.operator)
    }

    /// The stable actor string written to the audit trail and used to scope idempotency keys,
    /// e.g. `uid:0(root)`.
    public var actor: String {
        if let member {
            return "member:\(member.memberID)/contact:\(member.contactID)"
        }
        if let userName {
            return "uid:\(uid)(\(userName))"
        }
        return "uid:\(uid)"
    }
}

/// A member contact a connection acts for, established by a member token.
public struct MemberIdentity: Sendable, Hashable {
    public var memberID: Int64
    public var contactID: Int64
    public var tokenID: Int64

    public init(memberID: Int64, contactID: Int64, tokenID: Int64) {
        self.memberID = memberID
        self.contactID = contactID
        self.tokenID = tokenID
    }
}
