import NetworkCore

/// One admin-socket method: its wire name, what it does, who may call it, and its typed params
/// and result — everything about the method, declared once.
///
/// The daemon's policy table and dispatcher, `rpc.discover`, `networkctl` help and the README's
/// method reference are all derived from these declarations. A method is declared as one of the
/// three refinements, which decide how the daemon may register its handler:
///
/// - ``Query``: reads stored records on a pooled connection; no audit.
/// - ``Mutation``: changes stored records, only ever in one transaction that claims the
///   idempotency key, checks `expectedVersion` and writes the audit row.
/// - ``DaemonCommand``: acts on the daemon process or the connection itself (status, reload,
///   discovery, authentication), not on stored records.
///
/// - Important: a method type that conforms only to `AdminMethod` cannot be registered, and one
///   without ``access`` does not compile.
public protocol AdminMethod: Sendable {
    associatedtype Params: Codable & Sendable
    associatedtype Result: Codable & Sendable
    /// `area.verb`, e.g. `member.create`.
    static var name: String { get }
    /// One line for `rpc.discover` and `networkctl --help`.
    static var summary: String { get }
    /// Who may call the method and what a member caller may reach with it.
    static var access: Access<Params> { get }
}

/// A method that reads stored records: served on one pooled connection, never audited.
public protocol Query: AdminMethod {}

/// A method that changes stored records: registered only as one audited, idempotent transaction.
public protocol Mutation: AdminMethod where Params: MutationParams {}

/// A method that acts on the daemon or the connection rather than on stored records (its
/// handler does its own I/O, and audits itself where that applies, as `daemon.reload` does).
public protocol DaemonCommand: AdminMethod {}

extension AdminMethod {
    /// Whether the method changes stored records (it is a ``Mutation``).
    public static var isMutating: Bool { self is any Mutation.Type }

    /// Roles allowed to call this method, sorted.
    public static var roles: [Role] { access.roles.sorted() }

    /// The roles that may call, for a short hint: `secretariat`, `secretariat, member`.
    public static var roleNames: String { roles.isEmpty ? "any caller" : roles.map(\.rawValue).joined(separator: ", ") }

    /// "Calls `name` (who may)" — how `networkctl` help says which method a verb calls.
    public static var callLine: String { "Calls \(name) (\(access.summary))" }
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
    /// Whether the caller asked for a preview: the mutation runs in full, answers, and is
    /// rolled back — nothing is stored, audited or remembered under the idempotency key.
    /// `false` unless a method's params offer `dryRun`.
    var dryRun: Bool { get }
}

extension MutationParams {
    public var dryRun: Bool { false }
}

/// One area of the admin socket (members, contacts, billing…): its methods, in the order
/// `rpc.discover` lists them. ``MethodCatalog`` is the list of areas.
public protocol AdminArea: Sendable {
    /// The area's stem, as in its method names and folders: `member`, `contact`.
    static var name: String { get }
    /// The group the area belongs to, for selecting changes by group (`watch --area billing`).
    static var group: AreaGroup { get }
    /// Every method of the area.
    static var methods: [any AdminMethod.Type] { get }
}
