import AdminProtocol
import Postgres

/// One area's handlers in the daemon (members, contacts, billing…): registers a handler for
/// each method of the area's `AdminArea` list, and the owner lookups of the records it owns.
///
/// ``Daemon/areas`` lists these; ``MethodRegistry/verify(against:)`` traps at start-up when
/// they and `MethodCatalog` disagree.
public protocol AreaHandlers: Sendable {
    /// Registers every handler of the area.
    static func register(into registry: inout MethodRegistry)

    /// What the area counts for `daemon.status`'s `counts` (`currentMembers`, …), each from the
    /// area's store; none by default. `daemon.status` runs every area's queries in one round trip.
    static var statusCounts: [PostgresQuery<[String: Int]>] { get }
}

extension AreaHandlers {
    public static var statusCounts: [PostgresQuery<[String: Int]>] { [] }
}
