/// A snapshot of a ``PostgresPool``'s connections, for metrics and health checks.
///
/// The counts are taken together under one lock, so `open == idle + inUse` holds for every
/// snapshot (a connection being opened counts as in use).
public struct PoolStatistics: Sendable, Codable, Equatable {
    /// The configured maximum number of open connections.
    public var max: Int
    /// Connections open or being opened.
    public var open: Int
    /// Open connections nobody is using.
    public var idle: Int
    /// Connections lent to a caller (or being opened for one).
    public var inUse: Int
    /// Callers waiting for a connection.
    public var waiting: Int

    /// Creates a snapshot.
    public init(max: Int, open: Int, idle: Int, inUse: Int, waiting: Int) {
        self.max = max
        self.open = open
        self.idle = idle
        self.inUse = inUse
        self.waiting = waiting
    }
}
