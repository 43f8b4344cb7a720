import Logging
import NIOPosix
import Synchronization

/// A bounded pool of libpq connections whose blocking calls run on the pool's own threads.
///
/// Guarantees:
/// - At most ``PostgresConfiguration/poolSize`` connections are open at any time, counting those
///   being opened; callers beyond that wait in FIFO order.
/// - A connection is used by one closure at a time, on one of the pool's threads (a
///   `NIOThreadPool` with one thread per connection), never on the cooperative pool; on an
///   event loop only for lookups and reads held to a budget (``withConnectionInline(budget:_:)``,
///   ``read(_:budget:)``).
/// - A connection returns to the pool idle: a transaction a closure left open is rolled back, and
///   a broken connection is discarded so that the next caller gets a fresh one.
/// - Connections are opened lazily; a failed connect frees its slot.
///
/// The pool is also a `Service`: `run()` waits for graceful shutdown, then calls ``close()``.
public final class PostgresPool: Sendable {
    let configuration: PostgresConfiguration
    let logger: Logger
    let threadPool: NIOThreadPool
    let state: Mutex<PoolState>
    /// Bounds lookups run on the caller's thread (``withConnectionInline(budget:_:)``).
    let stallGuard = StallGuard()
    /// Each event loop's reads waiting for its next pipeline (``read(_:budget:)``).
    let loopReads = ThreadSpecificVariable<LoopReads>()

    /// Creates a pool; no connection is opened until the first call.
    public init(configuration: PostgresConfiguration, logger: Logger) {
        let size = Swift.max(1, configuration.poolSize)
        self.configuration = configuration
        self.logger = logger
        self.threadPool = NIOThreadPool(numberOfThreads: size)
        self.threadPool.start()
        self.state = Mutex(PoolState(max: size))
    }

    deinit {
        // Normally close() has shut the threads down already; this only stops a forgotten pool.
        let firstClose = state.withLock { $0.close().firstClose }
        if firstClose {
            threadPool.shutdownGracefully { _ in }
            stallGuard.stopSoon()
        }
    }

    /// Lends one connection exclusively to `body`, which runs on one of the pool's threads.
    ///
    /// Waits (FIFO) while all connections are in use. Cancelling the task while it waits throws
    /// `CancellationError`; once `body` started it runs to completion.
    ///
    /// - Important: Nothing is retried: if the connection breaks while `body` runs, the error is
    ///   thrown even though the statement may have taken effect.
    /// - Throws: Whatever `body` throws; ``PostgresError`` of kind ``PostgresError/Kind/connectFailed``
    ///   when no connection could be opened, ``PostgresError/Kind/poolClosed`` after ``close()``;
    ///   `CancellationError` when cancelled while waiting.
    @discardableResult
    public func withConnection<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) throws -> T) async throws -> T {
        // `body` escapes for real: the thread pool may hold its work item (and so `body`) a
        // moment after the continuation resumes, which `withoutActuallyEscaping` traps on.
        let lease = try await checkout()
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            threadPool.submit { workState in
                guard case .active = workState else {
                    self.release(lease)
                    continuation.resume(throwing: PostgresError.poolClosed)
                    return
                }
                continuation.resume(with: Result { try self.run(body, with: lease) })
            }
        }
    }

    /// As ``withConnection(_:)``, but when a connection is idle right now `body` runs on the
    /// calling thread — an event loop, usually — without the hop to the pool's threads and back.
    ///
    /// For lookups of a few index probes. The calling thread is blocked meanwhile, so a lookup
    /// is held to `budget`: one that outlasts it is cancelled on the server (``StallGuard``), its
    /// connection discarded, and `body` runs again on the pool's threads, as
    /// ``withConnection(_:)`` would have run it; for a few seconds after that, every lookup
    /// runs there. `body` must therefore be safe to run twice: a
    /// read.
    ///
    /// - Throws: As ``withConnection(_:)``.
    @discardableResult
    public func withConnectionInline<T: Sendable>(
        budget: Duration = .milliseconds(50), _ body: @escaping @Sendable (PostgresConnection) throws -> T
    ) async throws -> T {
        let here = onIdleConnectionHere(budget: budget) { connection in Result { try body(connection) } }
        guard let (result, cancelled) = here else { return try await withConnection(body) }
        if cancelled {
            logger.debug("postgres lookup outlasted its budget on the caller's thread; running it on the pool's",
                         metadata: ["postgres.budget": "\(budget)"])
            return try await withConnection(body)
        }
        return try result.get()
    }

    /// Runs `body` on the calling thread with a connection idle right now, held to `budget`
    /// (``StallGuard``), and returns what it returned and whether it was cancelled; `nil`, with
    /// nothing run, when no usable connection is idle or a cancel was recent
    /// (``StallGuard/isBackingOff``). A cancelled connection is discarded, not lent again.
    func onIdleConnectionHere<T>(budget: Duration, _ body: (PostgresConnection) -> T) -> (result: T, cancelled: Bool)? {
        guard !stallGuard.isBackingOff, let idle = state.withLock({ $0.checkoutIdle() }) else { return nil }
        let connection = idle.wrappedValue
        // Never a connect on the caller's thread: a stale connection sends the call the usual way.
        guard connection.isUsable(), let cancel = connection.cancelHandle else {
            connection.close()
            release(nil)
            return nil
        }
        let id = stallGuard.start(budget: budget, cancel: cancel)
        let result = body(connection)
        let cancelled = stallGuard.finish(id)
        // A cancel that arrives late must not reach the next caller's statement.
        if cancelled { connection.isPoisoned = true }
        giveBack(connection)
        return (result, cancelled)
    }

    /// A consistent snapshot of the pool's connection counts.
    public var statistics: PoolStatistics {
        state.withLock { $0.statistics }
    }

    /// Sends a notification with `SELECT pg_notify(channel, payload)`.
    ///
    /// Inside a transaction PostgreSQL delivers it on commit; this call runs outside one, so it
    /// is delivered at once.
    ///
    /// - Throws: ``PostgresError`` as ``withConnection(_:)``.
    public func notify(channel: String, payload: String) async throws {
        try await withConnection { connection in
            _ = try connection.query("SELECT pg_notify(\(channel), \(payload))")
        }
    }

    /// Closes the pool: waiting callers fail with ``PostgresError/Kind/poolClosed``, idle
    /// connections are closed now, connections in use are closed when their closure returns, and
    /// later calls throw ``PostgresError/Kind/poolClosed``.
    ///
    /// Returns once every connection is closed and the pool's threads have stopped. Calling it
    /// again is harmless.
    public func close() async {
        let (waiters, idle, firstClose) = state.withLock { $0.close() }
        for waiter in waiters {
            waiter.resume(throwing: PostgresError.poolClosed)
        }
        if !idle.isEmpty {
            logger.debug("postgres pool closing idle connections", metadata: ["postgres.count": "\(idle.count)"])
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                threadPool.submit { _ in
                    for connection in idle { connection.wrappedValue.close() }
                    continuation.resume()
                }
            }
        }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let waiting = state.withLock { $0.waitUntilDrained(continuation) }
            if !waiting { continuation.resume() }
        }
        if firstClose {
            try? await threadPool.shutdownGracefully()
            await stallGuard.stop()
        }
    }

    // MARK: - Checkout and release

    /// Takes a slot: an idle connection, the right to open one, or a place in the queue.
    private func checkout() async throws -> PoolState.Lease {
        switch state.withLock({ $0.checkout() }) {
        case .lease(let lease):
            return lease
        case .fail(let error):
            throw error
        case .wait:
            break
        }
        let id = Mutex<Int?>(nil)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: PoolState.Waiter) in
                state.withLock { state in
                    // Between the two locks a slot may have come free: check again.
                    switch state.checkout() {
                    case .lease(let lease):
                        continuation.resume(returning: lease)
                    case .fail(let error):
                        continuation.resume(throwing: error)
                    case .wait:
                        if Task.isCancelled {
                            continuation.resume(throwing: CancellationError())
                        } else if let waiterID = state.enqueue(continuation) {
                            // Recorded under the state lock, which the cancellation handler takes too.
                            id.withLock { $0 = waiterID }
                        } else {
                            continuation.resume(throwing: PostgresError.poolClosed)
                        }
                    }
                }
            }
        } onCancel: {
            let waiter: PoolState.Waiter? = state.withLock { state in
                id.withLock { $0 }.flatMap { state.cancelWaiter($0) }
            }
            waiter?.resume(throwing: CancellationError())
        }
    }

    /// Runs `body` with the leased slot on the current (pool) thread, then gives the slot back.
    private func run<T>(_ body: (PostgresConnection) throws -> T, with lease: PoolState.Lease) throws -> T {
        let connection: PostgresConnection
        do {
            connection = try usableConnection(for: lease)
        } catch {
            release(nil)
            throw error
        }
        let result = Result { try body(connection) }
        giveBack(connection)
        return try result.get()
    }

    /// Returns a connection after its closure: idle to the pool, or closed if it is broken.
    func giveBack(_ connection: PostgresConnection) {
        if connection.resetAfterUse() {
            release(UnsafeTransfer(connection))
        } else {
            logger.debug("postgres discarding broken connection", metadata: connection.metadata)
            connection.close()
            release(nil)
        }
    }

    /// The leased idle connection if it is still healthy, else a newly opened one.
    private func usableConnection(for lease: PoolState.Lease) throws -> PostgresConnection {
        if case .connection(let idle) = lease {
            if idle.wrappedValue.isUsable() {
                return idle.wrappedValue
            }
            logger.debug("postgres replacing stale idle connection", metadata: idle.wrappedValue.metadata)
            idle.wrappedValue.close()
        }
        return try PostgresConnection.connect(configuration: configuration, logger: logger)
    }

    /// Returns a slot; a waiter gets it directly.
    func release(_ connection: UnsafeTransfer<PostgresConnection>?) {
        switch state.withLock({ $0.release(connection) }) {
        case .none:
            break
        case .resume(let waiter, let lease):
            waiter.resume(returning: lease)
        case .close(let connection, let drained):
            connection.wrappedValue.close()
            for continuation in drained { continuation.resume() }
        case .drained(let drained):
            for continuation in drained { continuation.resume() }
        }
    }

    /// Returns a lease that was never used (the pool's threads were already stopped).
    private func release(_ lease: PoolState.Lease) {
        if case .connection(let connection) = lease {
            release(connection)
        } else {
            release(nil)
        }
    }
}
