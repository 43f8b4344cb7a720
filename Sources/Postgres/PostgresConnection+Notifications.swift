import CLibPQ

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
        var received = takeNotifications()
        guard received.isEmpty else { return received }
        let socket = PQsocket(handle)
        guard !isBad, socket >= 0 else {
            throw PostgresError(kind: .connectionLost, message: PostgresError.connectionMessage(handle))
        }
        var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, timeout)
        if ready < 0 && errno != EINTR {
            throw PostgresError(kind: .connectionLost, message: "poll failed with errno \(errno)")
        }
        if ready > 0 {
            guard PQconsumeInput(handle) == 1, !isBad else {
                throw PostgresError(kind: .connectionLost, message: PostgresError.connectionMessage(handle))
            }
            received = takeNotifications()
        }
        return received
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
