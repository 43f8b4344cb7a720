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
        // The network's own settings.
        "network.get": [.operator, .secretariat, .member],
        "network.update": [.secretariat],
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
