import Logging
import NIOPosix
import ServiceLifecycle
import Synchronization

/// Receives `NOTIFY` messages on a dedicated connection and publishes them as an `AsyncStream`.
///
/// Guarantees:
/// - ``run()`` holds its own connection (not one from a ``PostgresPool``) on its own thread,
///   `LISTEN`s on every channel, and yields each notification to ``notifications`` in order.
/// - When the connection breaks it reconnects with backoff (100 ms doubling to 5 s) and
///   `LISTEN`s again; it never gives up while running.
/// - ``run()`` returns on task cancellation or graceful shutdown (within about 250 ms) and then
///   finishes ``notifications``.
///
/// - After every successful `LISTEN` — the first and each one after a reconnect — it calls
///   `onListening` (on its own thread; keep it short), so that a consumer can re-read what it
///   may have missed while no connection was listening.
///
/// - Important: Notifications sent while the listener is disconnected are lost (PostgreSQL does
///   not queue them for absent listeners). Treat a notification as "something changed, re-read",
///   and re-read after start-up and in `onListening`. ``run()`` may be called once per listener.
public final class PostgresListener: Service, Sendable {
    /// Notifications in arrival order; finished when ``run()`` returns. Unbounded: consume it.
    public let notifications: AsyncStream<PostgresNotification>

    private let continuation: AsyncStream<PostgresNotification>.Continuation
    private let configuration: PostgresConfiguration
    private let channels: [String]
    private let logger: Logger
    private let onListening: @Sendable () -> Void
    private let stopRequested = Atomic<Bool>(false)

    /// Creates a listener; nothing connects until ``run()``.
    ///
    /// - Parameters:
    ///   - configuration: Where to connect; ``PostgresConfiguration/poolSize`` is ignored.
    ///   - channels: Channel names exactly as passed to `pg_notify` (case-sensitive).
    ///   - logger: Receives connect, loss and reconnect events.
    ///   - onListening: Called after each successful `LISTEN` on a new connection.
    public init(configuration: PostgresConfiguration, channels: [String], logger: Logger,
                onListening: @escaping @Sendable () -> Void = {}) {
        (notifications, continuation) = AsyncStream.makeStream(of: PostgresNotification.self)
        self.configuration = configuration
        self.channels = channels
        self.logger = logger
        self.onListening = onListening
    }

    /// Listens until the task is cancelled or graceful shutdown begins.
    ///
    /// - Throws: Nothing today; connection failures are retried, not thrown.
    public func run() async throws {
        let thread = NIOThreadPool(numberOfThreads: 1)
        thread.start()
        await withGracefulShutdownHandler {
            await withTaskCancellationHandler {
                await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
                    thread.submit { workState in
                        if case .active = workState { self.listenUntilStopped() }
                        done.resume()
                    }
                }
            } onCancel: {
                self.stopRequested.store(true, ordering: .relaxed)
            }
        } onGracefulShutdown: {
            self.stopRequested.store(true, ordering: .relaxed)
        }
        try? await thread.shutdownGracefully()
        continuation.finish()
    }

    private var isStopping: Bool {
        stopRequested.load(ordering: .relaxed)
    }

    /// The blocking loop: connect, LISTEN, pump notifications; on failure back off and repeat.
    private func listenUntilStopped() {
        var failures = 0
        while !isStopping {
            do {
                let connection = try PostgresConnection.connect(configuration: configuration, logger: logger)
                defer { connection.close() }
                for channel in channels {
                    try connection.listen(channel)
                }
                if failures > 0 {
                    logger.info("postgres listener reconnected", metadata: connection.metadata)
                }
                failures = 0
                logger.debug("postgres listener listening", metadata: ["postgres.channels": "\(channels)"])
                onListening()
                while !isStopping {
                    for notification in try connection.waitForNotifications(timeout: 250) {
                        continuation.yield(notification)
                    }
                }
            } catch {
                failures += 1
                logger.warning("postgres listener connection failed; reconnecting", metadata: [
                    "postgres.error": "\(String(reflecting: error))",
                    "postgres.attempt": "\(failures)",
                ])
                sleepUnlessStopping(milliseconds: Swift.min(100 << Swift.min(failures - 1, 6), 5_000))
            }
        }
    }

    /// Sleeps in short slices so that a stop request is noticed quickly.
    private func sleepUnlessStopping(milliseconds: Int) {
        var remaining = milliseconds
        while remaining > 0, !isStopping {
            let slice = Swift.min(remaining, 50)
            usleep(UInt32(slice * 1_000))
            remaining -= slice
        }
    }
}
