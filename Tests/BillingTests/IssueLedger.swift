import Synchronization

/// What the socket clients of the gapless test share: the drafts still to issue, and what the
/// daemon answered. Thread-safe; every client thread records into it.
final class IssueLedger: Sendable {
    /// Everything recorded so far.
    struct State: Sendable {
        /// Jobs not yet started; clients take from the end.
        var pending: [GaplessFixture.Job]
        /// Jobs given, done or not.
        var total: Int
        /// Invoice id → the number an `invoice.issue` answer carried.
        var answered: [Int64: String] = [:]
        /// Invoice id → the credit note number an `invoice.cancel` answer carried.
        var credited: [Int64: String] = [:]
        /// Jobs finished, however they ended.
        var settled = 0
        /// Calls retried after the connection broke under them (the daemon was killed).
        var brokenCalls = 0
        /// Calls sent on a connection closed at once, without reading the answer.
        var abandoned = 0
        /// Retries whose first attempt had committed: `invalid_transition` from `issued` or `cancelled`.
        var replays = 0
        /// Poisoned drafts refused after their number was taken.
        var refusedAfterTaking = 0
        /// Anything the test did not expect, for the failure message.
        var unexpected: [String] = []
        /// Set when the test gives up: clients stop at their next call.
        var stopped = false
    }

    let state: Mutex<State>

    init(jobs: [GaplessFixture.Job]) {
        state = Mutex(State(pending: jobs, total: jobs.count))
    }

    /// How many jobs there are, appended ones included.
    var total: Int { state.withLock(\.total) }

    /// Adds jobs to do.
    func append(_ jobs: [GaplessFixture.Job]) {
        state.withLock { state in
            state.pending += jobs
            state.total += jobs.count
        }
    }

    /// The next job, or `nil` when there is none left or the test stopped.
    func next() -> GaplessFixture.Job? {
        state.withLock { $0.stopped ? nil : $0.pending.popLast() }
    }

    var isStopped: Bool { state.withLock(\.stopped) }
    var settled: Int { state.withLock(\.settled) }
    var snapshot: State { state.withLock { $0 } }

    /// Makes every client give up at its next call.
    func stop() { state.withLock { $0.stopped = true } }

    /// Records one change to the shared state.
    func record(_ change: (inout State) -> Void) { state.withLock { change(&$0) } }
}
