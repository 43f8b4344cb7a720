import Postgres
import Synchronization
import Testing

/// Collects a listener's notifications so tests can poll for delivery.
final class NotificationInbox: Sendable {
    private final class Storage: Sendable {
        let received = Mutex<[PostgresNotification]>([])
    }

    private let storage = Storage()
    private let consumer: Task<Void, Never>

    init(_ listener: PostgresListener) {
        let storage = storage
        consumer = Task {
            for await notification in listener.notifications {
                storage.received.withLock { $0.append(notification) }
            }
        }
    }

    var notifications: [PostgresNotification] {
        storage.received.withLock { $0 }
    }

    /// Sends `payload` on `channel` every 100 ms (LISTEN may not be active yet, or the listener
    /// may be reconnecting) until it arrives; returns the delivered notification.
    func sendUntilDelivered(_ payload: String, channel: String, via pool: PostgresPool) async throws -> PostgresNotification? {
        for _ in 0..<150 {
            do {
                try await pool.notify(channel: channel, payload: payload)
            } catch let error as PostgresError where error.isRetryable {
                // The pool's connection was lost to a restart; the next call reconnects.
            }
            try await Task.sleep(nanoseconds: 100_000_000)
            if let delivered = notifications.first(where: { $0.payload == payload }) {
                return delivered
            }
        }
        return nil
    }

    /// Waits until the listener finished its stream.
    func finished() async {
        await consumer.value
    }
}

@Suite("LISTEN/NOTIFY")
struct ListenerTests {
    @Test func listenerReceivesNotificationsOnQuotedChannels() async throws {
        try await ScratchDatabase.with { db in
            let channels = ["events", "Mixed Case \"quoted\" channel"]
            let listener = PostgresListener(configuration: db.configuration(), channels: channels, logger: ScratchDatabase.logger)
            let inbox = NotificationInbox(listener)
            let running = Task { try await listener.run() }

            let first = try #require(try await inbox.sendUntilDelivered("hello ü🎉", channel: "events", via: db.pool))
            #expect(first.channel == "events")
            #expect(first.pid != 0)
            let second = try #require(try await inbox.sendUntilDelivered("second", channel: channels[1], via: db.pool))
            #expect(second.channel == channels[1])
            // A channel nobody listens on is not delivered.
            try await db.pool.notify(channel: "other", payload: "ignored")
            _ = try #require(try await inbox.sendUntilDelivered("third", channel: "events", via: db.pool))
            #expect(!inbox.notifications.contains { $0.payload == "ignored" })

            running.cancel()
            try await running.value
            await inbox.finished()
        }
    }
}
