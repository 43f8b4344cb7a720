import NetworkCore

/// One admin-socket method: its wire name, what it does, and its typed params and result.
///
/// The daemon's handlers, `networkctl` and `rpc.discover` all use these types, so the wire
/// contract has one definition. Who may call a method is *not* here: it is in
/// `NetworkCore.AccessPolicy.table`, the single policy table.
public protocol AdminMethod: Sendable {
    associatedtype Params: Codable & Sendable
    associatedtype Result: Codable & Sendable
    /// `area.verb`, e.g. `member.create`.
    static var name: String { get }
    /// One line for `rpc.discover` and `networkctl --help`.
    static var summary: String { get }
    /// Whether the method changes state (and so runs in one audited transaction).
    static var isMutating: Bool { get }
}

extension AdminMethod {
    public static var isMutating: Bool { false }

    /// Roles allowed to call this method, from the policy table.
    public static var roles: [Role] { AccessPolicy.roles(for: name) }
}

/// Params of a method that takes none. Decodes from an absent `params`, `{}` or `[]`.
public struct NoParams: Codable, Sendable, Hashable {
    public init() {}
}

/// The options every mutating method accepts.
///
/// - `idempotencyKey`: a retry with the same key and the same params returns the first
///   result without doing the work twice; the same key with different params is a conflict.
/// - `expectedVersion`: the version the caller last read; a different current version is a
///   conflict that names it.
public protocol MutationParams: Codable, Sendable {
    var idempotencyKey: String? { get }
    var expectedVersion: Int? { get }
}
