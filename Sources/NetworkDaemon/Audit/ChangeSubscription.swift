import AdminProtocol
import NetworkStore
import Synchronization

/// One watcher's queue of live audit entries: the ``ChangeFeed`` fills it, the watcher's own
/// task (``ChangeStream``) drains it.
///
/// Guarantees:
/// - The feed never waits on a subscription: ``deliver(_:)`` appends and returns.
/// - Memory is bounded: past ``capacityBytes`` of queued entries the queue is emptied and
///   marked lagged instead, and the watcher re-reads from the trail
///   (``ChangeFeed/resync(_:)``). A slow watcher costs at most that much memory, never the
///   feed's time and never an entry.
/// - Entries arrive in id order, each above the head the queue was last (re)started at.
final class ChangeSubscription: Sendable {
    /// What the watcher finds when it looks.
    enum Batch: Sendable {
        /// Live entries, ascending, following on from what came before.
        case entries([AuditRecord])
        /// The queue overflowed and was emptied: re-read from the trail, then go on.
        case lagged
        /// The feed stopped (or the watcher's task was cancelled).
        case closed
    }

    private struct State {
        /// Where live entries start: every entry above it is queued. `nil` until the feed is live.
        var head: Int64?
        var pending: [AuditRecord] = []
        var pendingBytes = 0
        var lagged = false
        var closed = false
        /// Something changed since the watcher last looked.
        var signalled = false
        var waiter: CheckedContinuation<Void, Never>?
    }

    /// The feed's key for it.
    let id: Int
    /// Where the watcher asked to start; `nil` for "from the head".
    let after: Int64?
    /// Which entries the watcher wants.
    let selection: AreaSelection
    /// The most the queue holds, by ``AuditRecord/approximateBytes``, before it is marked lagged.
    let capacityBytes: Int
    private let state = Mutex(State())
    private let reached = Atomic<Int64>(0)

    init(id: Int, after: Int64?, selection: AreaSelection, capacityBytes: Int) {
        self.id = id
        self.after = after
        self.selection = selection
        self.capacityBytes = capacityBytes
    }

    // MARK: - The feed's side (called under the feed's lock)

    /// Starts live delivery at `head`, unless it has started already.
    func start(head: Int64) {
        wake { state in
            if state.head == nil { state.head = head }
        }
    }

    /// Starts live delivery afresh at `head`: the queue is emptied and the lag cleared.
    func restart(head: Int64) {
        wake { state in
            state.head = head
            state.pending = []
            state.pendingBytes = 0
            state.lagged = false
        }
    }

    /// Queues `records` (ascending, following on from the last ones), or marks the queue
    /// lagged when they do not fit.
    ///
    /// - Returns: whether this delivery made it lagged.
    @discardableResult
    func deliver(_ records: [AuditRecord]) -> Bool {
        guard !records.isEmpty else { return false }
        let bytes = records.reduce(0) { $0 + $1.approximateBytes }
        var overflowed = false
        wake { state in
            guard !state.lagged, !state.closed else { return }
            if state.pendingBytes + bytes > capacityBytes {
                state.pending = []
                state.pendingBytes = 0
                state.lagged = true
                overflowed = true
            } else {
                state.pending += records
                state.pendingBytes += bytes
            }
        }
        return overflowed
    }

    /// Marks the queue lagged: the feed moved on without the entries (it read only ids).
    func markLagged() {
        wake { state in
            state.pending = []
            state.pendingBytes = 0
            state.lagged = true
        }
    }

    /// Ends the subscription: the watcher's next look finds ``Batch/closed``.
    func close() {
        wake { $0.closed = true }
    }

    // MARK: - The watcher's side

    /// Where live delivery starts, once the feed is live.
    var head: Int64? { state.withLock { $0.head } }

    /// Every entry up to this id has been written to the watcher or skipped (for its end).
    var position: Int64 {
        get { reached.load(ordering: .relaxed) }
        set { reached.store(newValue, ordering: .relaxed) }
    }

    /// Waits until the feed is live and returns the head; `nil` when closed or cancelled.
    func waitForHead() async -> Int64? {
        while true {
            let (head, closed) = state.withLock { ($0.head, $0.closed) }
            if let head { return head }
            if closed || Task.isCancelled { return nil }
            await waitForSignal()
        }
    }

    /// Waits for the next batch: queued entries, a lag, or the end.
    func next() async -> Batch {
        while true {
            let batch = state.withLock { state -> Batch? in
                if state.closed { return .closed }
                if state.lagged { return .lagged }
                guard !state.pending.isEmpty else { return nil }
                defer {
                    state.pending = []
                    state.pendingBytes = 0
                }
                return .entries(state.pending)
            }
            if let batch { return batch }
            if Task.isCancelled { return .closed }
            await waitForSignal()
        }
    }

    /// Changes the state and wakes the watcher if it waits.
    private func wake(_ change: (inout State) -> Void) {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            change(&state)
            guard let waiter = state.waiter else {
                state.signalled = true
                return nil
            }
            state.waiter = nil
            return waiter
        }
        waiter?.resume()
    }

    /// Returns once signalled since the last wait, or when the task is cancelled.
    private func waitForSignal() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLock { state -> Bool in
                    if state.signalled || Task.isCancelled {
                        state.signalled = false
                        return true
                    }
                    state.waiter = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            wake { _ in }
        }
    }
}

extension AuditRecord {
    /// Roughly how much memory the entry holds: the bytes of its texts.
    var approximateBytes: Int {
        64 + at.utf8.count + requestID.utf8.count + actor.utf8.count + role.utf8.count + method.utf8.count
            + (target?.utf8.count ?? 0) + (beforeJSON?.utf8.count ?? 0) + (afterJSON?.utf8.count ?? 0)
    }
}
