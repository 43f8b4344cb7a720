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

    /// The counters the area shows in `daemon.status`'s `counts` (`currentMembers`, …); none by
    /// default. The database keeps them as rows change (migration 0012, `StatusCountStore`).
    static var statusCounters: [String] { get }
}

extension AreaHandlers {
    public static var statusCounters: [String] { [] }
}
