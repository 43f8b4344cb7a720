/// One `NOTIFY` delivered to a ``PostgresListener``.
public struct PostgresNotification: Sendable, Hashable {
    /// The channel it was sent on (exactly as passed to `pg_notify`).
    public var channel: String
    /// The payload (empty when none was given).
    public var payload: String
    /// The process id of the backend that sent it.
    public var pid: Int32

    /// Creates a notification.
    public init(channel: String, payload: String, pid: Int32) {
        self.channel = channel
        self.payload = payload
        self.pid = pid
    }
}
