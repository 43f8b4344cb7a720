/// The one table that says which role may call which admin-socket method.
///
/// Every method the daemon serves has exactly one entry here; the daemon refuses to register a
/// handler for a method missing from the table, and tests walk every (method, role) pair.
/// A method with an empty role set may be called by any connected peer, even one holding no role
/// (only `rpc.discover`-style introspection and authentication belong there).
public enum AccessPolicy {
    /// Method name → roles allowed to call it.
    public static let table: [String: Set<Role>] = [
        // The daemon itself.
        "daemon.status": [.operator, .secretariat],
        "daemon.reload": [.operator],
        "rpc.discover": [.operator, .secretariat, .member],
        "audit.list": [.operator, .secretariat],
        "audit.get": [.operator, .secretariat],
        // The network's own settings.
        "network.get": [.operator, .secretariat, .member],
        "network.update": [.secretariat],
        // Membership. A member's access is further limited to its own member by the handlers
        // (`Caller.mayAccess(member:)`).
        "tier.list": [.operator, .secretariat, .member],
        "tier.setKinds": [.secretariat],
        "member.create": [.secretariat],
        "member.get": [.operator, .secretariat, .member],
        "member.list": [.operator, .secretariat],
        "member.update": [.secretariat, .member],
        "member.history": [.operator, .secretariat, .member],
        "member.suspend": [.secretariat],
        "member.reinstate": [.secretariat],
        "member.resign": [.secretariat, .member],
        "member.terminate": [.secretariat],
        "member.changeTier": [.secretariat],
        "application.submit": [.secretariat],
        "application.list": [.operator, .secretariat],
        "application.get": [.operator, .secretariat],
        "application.recommend": [.secretariat],
        "application.approve": [.secretariat],
        "application.reject": [.secretariat],
        "contact.add": [.secretariat, .member],
        "contact.update": [.secretariat, .member],
        "contact.remove": [.secretariat, .member],
        "contact.list": [.operator, .secretariat, .member],
        "contact.get": [.operator, .secretariat, .member],
        "contact.export": [.secretariat],
        "contact.erase": [.secretariat],
        "token.issue": [.secretariat],
        "token.list": [.operator, .secretariat],
        "token.revoke": [.secretariat],
        // Anyone connected may present a token.
        "session.authenticate": [],
    ]

    /// Whether a caller holding `roles` may call `method`.
    ///
    /// Unknown methods are never allowed; the dispatcher reports them as "method not found" before
    /// asking, so that a caller with no role cannot probe which methods exist.
    public static func allows(_ roles: Set<Role>, toCall method: String) -> Bool {
        guard let allowed = table[method] else { return false }
        if allowed.isEmpty { return true }
        return !allowed.isDisjoint(with: roles)
    }

    /// The roles allowed to call `method`, sorted, for error messages and `rpc.discover`.
    public static func roles(for method: String) -> [Role] {
        (table[method] ?? []).sorted()
    }
}
