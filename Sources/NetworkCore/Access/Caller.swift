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

    public init(uid: UInt32, gid: UInt32, pid: Int32, userName: String?, roles: Set<Role>) {
        self.uid = uid
        self.gid = gid
        self.pid = pid
        self.userName = userName
        self.roles = roles
    }

    /// The stable actor string written to the audit trail and used to scope idempotency keys,
    /// e.g. `uid:0(root)`.
    public var actor: String {
        if let userName {
            return "uid:\(uid)(\(userName))"
        }
        return "uid:\(uid)"
    }
}
