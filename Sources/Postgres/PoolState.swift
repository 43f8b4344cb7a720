/// The bookkeeping of a ``PostgresPool``: which connections are idle, how many are open, who is
/// waiting. A plain value mutated under the pool's lock; every event returns what the caller must
/// do after releasing the lock (resume a waiter, close a connection), so nothing slow or
/// re-entrant happens while the lock is held.
struct PoolState {
    /// What a caller may do with a slot: use an idle connection, or open a new one.
    enum Lease: Sendable {
        case connection(UnsafeTransfer<PostgresConnection>)
        case connect
    }

    typealias Waiter = CheckedContinuation<Lease, any Error>

    enum CheckoutAction {
        case lease(Lease)
        case wait
        case fail(PostgresError)
    }

    enum ReleaseAction {
        case none
        case resume(Waiter, Lease)
        case close(UnsafeTransfer<PostgresConnection>, drained: [CheckedContinuation<Void, Never>])
        case drained([CheckedContinuation<Void, Never>])
    }

    let max: Int
    private(set) var idle: [UnsafeTransfer<PostgresConnection>] = []
    /// Open or being opened; always `idle.count + inUse`.
    private(set) var open = 0
    private(set) var inUse = 0
    private var waiters: [(id: Int, continuation: Waiter)] = []
    private var nextWaiterID = 0
    private(set) var isClosed = false
    private var drainWaiters: [CheckedContinuation<Void, Never>] = []

    init(max: Int) {
        self.max = max
    }

    var statistics: PoolStatistics {
        PoolStatistics(max: max, open: open, idle: idle.count, inUse: inUse, waiting: waiters.count)
    }

    /// A caller wants a connection: the most recently used idle one, a new slot, or a wait.
    mutating func checkout() -> CheckoutAction {
        if isClosed { return .fail(.poolClosed) }
        if let connection = idle.popLast() {
            inUse += 1
            return .lease(.connection(connection))
        }
        if open < max {
            open += 1
            inUse += 1
            return .lease(.connect)
        }
        return .wait
    }

    /// An idle connection, if one is idle now and nobody waits; never a new slot or a wait.
    mutating func checkoutIdle() -> UnsafeTransfer<PostgresConnection>? {
        guard !isClosed, waiters.isEmpty, let connection = idle.popLast() else { return nil }
        inUse += 1
        return connection
    }

    /// Queues a waiter (FIFO) and returns its id, or returns nil when it should fail right away.
    mutating func enqueue(_ continuation: Waiter) -> Int? {
        if isClosed { return nil }
        // A slot may have come free between checkout() and enqueue(); waiters are only queued
        // while every slot is taken.
        nextWaiterID += 1
        waiters.append((nextWaiterID, continuation))
        return nextWaiterID
    }

    /// Removes a cancelled waiter; returns its continuation if it was still waiting.
    mutating func cancelWaiter(_ id: Int) -> Waiter? {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return nil }
        return waiters.remove(at: index).continuation
    }

    /// A caller is done with its slot; `connection` is nil when it was discarded or never opened.
    mutating func release(_ connection: UnsafeTransfer<PostgresConnection>?) -> ReleaseAction {
        if !isClosed, !waiters.isEmpty {
            // The slot goes straight to the next waiter: inUse and open stay as they are.
            let waiter = waiters.removeFirst().continuation
            return .resume(waiter, connection.map(Lease.connection) ?? .connect)
        }
        inUse -= 1
        if let connection, !isClosed {
            idle.append(connection)
            return .none
        }
        open -= 1
        let drained = takeDrainWaitersIfDrained()
        if let connection {
            return .close(connection, drained: drained)
        }
        return drained.isEmpty ? .none : .drained(drained)
    }

    /// Closes the pool: returns the waiters to fail and the idle connections to close.
    mutating func close() -> (waiters: [Waiter], idle: [UnsafeTransfer<PostgresConnection>], firstClose: Bool) {
        let firstClose = !isClosed
        isClosed = true
        let failed = waiters.map(\.continuation)
        waiters.removeAll()
        let closing = idle
        open -= idle.count
        idle.removeAll()
        return (failed, closing, firstClose)
    }

    /// Registers a continuation resumed once no connection is in use; returns false when that is
    /// already the case (the caller resumes it itself).
    mutating func waitUntilDrained(_ continuation: CheckedContinuation<Void, Never>) -> Bool {
        if inUse == 0 { return false }
        drainWaiters.append(continuation)
        return true
    }

    private mutating func takeDrainWaitersIfDrained() -> [CheckedContinuation<Void, Never>] {
        guard isClosed, inUse == 0 else { return [] }
        defer { drainWaiters.removeAll() }
        return drainWaiters
    }
}

extension PostgresError {
    static let poolClosed = PostgresError(kind: .poolClosed, message: "the connection pool is closed")
}
