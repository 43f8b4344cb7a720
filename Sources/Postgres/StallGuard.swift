import CLibPQ
import NIOConcurrencyHelpers
import NIOPosix
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Bounds how long a lookup run on the caller's own thread (``PostgresPool/withConnectionInline(budget:_:)``)
/// may hold that thread: one that outlasts its budget is cancelled on the server (`PQcancel`),
/// and the caller runs it again on the pool's threads.
///
/// A lookup is registered while it runs. One thread sweeps the registrations every
/// ``tick`` while any exist, and sleeps without a timer once none has for ``linger``, so an idle
/// daemon pays nothing and a busy one wakes it only when work starts after a quiet spell.
///
/// After a cancel, lookups go to the pool's threads for ``backoff``: while the server is slow
/// (a lock held on a table, a server short of CPU), no lookup holds an event loop at all.
///
/// Guarantees:
/// - A lookup is cancelled only while it is registered; ``finish(_:)`` waits while a cancel
///   request for it is being sent, so the cancel never reaches a statement that is not its own.
/// - A cancelled lookup's connection is not lent again (the caller discards it): a cancel
///   arriving late must not hit the next caller's statement.
final class StallGuard: Sendable {
    /// How often the registrations are swept while any exist.
    static let tick: Duration = .milliseconds(5)
    /// How long the sweeper goes on ticking after the last registration ended.
    static let linger: Duration = .seconds(1)
    /// How long after a cancel lookups stay off the caller's thread: a server slow for one is
    /// likely slow for the next, and each would hold its event loop for a whole budget.
    static let backoff: Duration = .seconds(5)

    /// A registered lookup.
    private struct Entry {
        var deadline: ContinuousClock.Instant
        let cancel: UnsafeTransfer<OpaquePointer>
        var cancelling = false
        var cancelled = false
    }

    private struct State {
        var entries: [Int: Entry] = [:]
        var nextID = 0
        var sleeping = false
        var stopped = false
        var lastBusy = ContinuousClock.now
        var lastCancel: ContinuousClock.Instant?
    }

    private let state = Mutex(State())
    /// 1 wakes the sweeper; 0 lets it sleep.
    private let wakeup = ConditionLock(value: 0)
    private let thread: NIOThreadPool

    init() {
        thread = NIOThreadPool(numberOfThreads: 1)
        thread.start()
        thread.submit { [self] _ in sweep() }
    }

    /// Whether a lookup was cancelled less than ``backoff`` ago.
    var isBackingOff: Bool {
        state.withLock { state in state.lastCancel.map { ContinuousClock.now - $0 < Self.backoff } ?? false }
    }

    /// Registers a lookup on a connection whose cancel handle is `cancel`; returns its id.
    func start(budget: Duration, cancel: OpaquePointer) -> Int {
        let (id, wake) = state.withLock { state -> (Int, Bool) in
            state.nextID += 1
            state.entries[state.nextID] = Entry(deadline: .now + budget, cancel: UnsafeTransfer(cancel))
            let wake = state.sleeping
            state.sleeping = false
            return (state.nextID, wake)
        }
        if wake {
            wakeup.lock()
            wakeup.unlock(withValue: 1)
        }
        return id
    }

    /// Ends a lookup's registration; returns whether it was cancelled. Waits while a cancel
    /// request for it is on its way.
    func finish(_ id: Int) -> Bool {
        while true {
            let outcome: Bool? = state.withLock { state in
                guard let entry = state.entries[id] else { return false }
                if entry.cancelling { return nil }
                state.entries[id] = nil
                state.lastBusy = .now
                return entry.cancelled
            }
            if let outcome { return outcome }
            usleep(200)
        }
    }

    /// Stops the sweeper (the pool is closing) and waits for its thread to end.
    func stop() async {
        signalStop()
        try? await thread.shutdownGracefully()
    }

    /// Stops the sweeper without waiting (a pool that was never closed).
    func stopSoon() {
        signalStop()
        thread.shutdownGracefully { _ in }
    }

    private func signalStop() {
        state.withLock { $0.stopped = true }
        wakeup.lock()
        wakeup.unlock(withValue: 1)
    }

    /// The sweeper's loop, on its own thread.
    private func sweep() {
        while true {
            let now = ContinuousClock.now
            var due: [(Int, UnsafeTransfer<OpaquePointer>)] = []
            let (stopped, sleep) = state.withLock { state -> (Bool, Bool) in
                if state.stopped { return (true, false) }
                for (id, entry) in state.entries where !entry.cancelling && !entry.cancelled && entry.deadline <= now {
                    state.entries[id]?.cancelling = true
                    due.append((id, entry.cancel))
                }
                if state.entries.isEmpty && now - state.lastBusy >= Self.linger {
                    state.sleeping = true
                    wakeup.lock()
                    wakeup.unlock(withValue: 0)
                    return (false, true)
                }
                return (false, false)
            }
            if stopped { return }
            for (id, cancel) in due {
                var message = [CChar](repeating: 0, count: 256)
                _ = PQcancel(cancel.wrappedValue, &message, Int32(message.count))
                state.withLock { state in
                    state.entries[id]?.cancelling = false
                    state.entries[id]?.cancelled = true
                    state.lastCancel = .now
                }
            }
            if sleep {
                wakeup.lock(whenValue: 1)
                wakeup.unlock()
            } else {
                usleep(UInt32(Self.tick.components.attoseconds / 1_000_000_000_000))
            }
        }
    }
}
