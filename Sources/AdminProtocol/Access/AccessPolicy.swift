import NetworkCore

/// Which role may call which admin-socket method: derived from the methods' own ``Access``
/// declarations, never written by hand (the tests keep an independent hand-written table that
/// this one must equal).
///
/// A method with an empty role set may be called by any connected peer, even one holding no role
/// (only authentication belongs there).
public enum AccessPolicy {
    /// Method name → roles allowed to call it.
    public static let table: [String: Set<Role>] = Dictionary(
        uniqueKeysWithValues: MethodCatalog.all.map { ($0.name, roles(of: $0)) })

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

    private static func roles<M: AdminMethod>(of method: M.Type) -> Set<Role> {
        M.access.roles
    }
}
