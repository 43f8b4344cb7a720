import CLibPQ

extension PostgresConnection {
    /// `LISTEN` on a channel, quoted as an identifier (`PQescapeIdentifier`) so any name is safe
    /// and its case is kept, matching `pg_notify(channel, …)`.
    ///
    /// - Throws: ``PostgresError`` as ``query(_:)``.
    func listen(_ channel: String) throws {
        guard let escaped = PQescapeIdentifier(handle, channel, channel.utf8.count) else {
            throw PostgresError.fromConnection(handle, query: "LISTEN")
        }
        let identifier = String(cString: escaped)
        PQfreemem(escaped)
        try executeScript("LISTEN \(identifier)")
    }

    /// Waits up to `timeout` milliseconds for input on the socket and returns the notifications
    /// received (possibly none).
    ///
    /// - Throws: ``PostgresError`` of kind ``PostgresError/Kind/connectionLost`` when the
    ///   connection broke.
    func waitForNotifications(timeout: Int32) throws -> [PostgresNotification] {
        let received = takeNotifications()
        guard received.isEmpty else { return received }
        return try consumeInput(waitingUpTo: timeout) ? takeNotifications() : []
    }

    /// Drains the notifications libpq has already read.
    private func takeNotifications() -> [PostgresNotification] {
        var received: [PostgresNotification] = []
        while let notify = PQnotifies(handle) {
            received.append(PostgresNotification(
                channel: String(cString: notify.pointee.relname),
                payload: notify.pointee.extra.map { String(cString: $0) } ?? "",
                pid: notify.pointee.be_pid
            ))
            PQfreemem(notify)
        }
        return received
    }
}
