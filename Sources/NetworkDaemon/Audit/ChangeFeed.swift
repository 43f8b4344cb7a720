import AdminProtocol
import Logging
import NetworkCore
import NetworkStore
import Postgres
import Synchronization

/// The daemon's one reader of the audit trail for live watchers (`audit.watch`): woken by the
/// trail's `NOTIFY`, it reads what is new in id order and hands it to every subscription.
///
/// Guarantees:
/// - Its ``head`` only grows, and every entry up to it is final: committed entries are in the
///   trail for good, and every missing id below it can never appear (``AuditSequencer``).
/// - Each started subscription receives every entry above the head it started at, in id
///   order, once. A subscription that cannot keep up is marked lagged, never waited for.
/// - The trail is the source of truth and notifications are only a wake-up: a lost
///   notification (the listener reconnecting, PostgreSQL restarting) costs latency, not entries
///   — the feed re-reads after every reconnect of the listener, and every few seconds anyway.
/// - Read failures (PostgreSQL away) are retried with backoff; subscriptions just wait.
/// - Nobody watching costs nothing: with no subscription the feed reads nothing and forgets its
///   position; the next subscription starts it afresh (it is live a few hundred milliseconds
///   later, once the transactions running at its start have ended).
///
/// - Important: ``run()`` is the only reader; it runs once, as ``ChangeFeedService``.
public final class ChangeFeed: Sendable {
    /// The feed's timings and sizes; the defaults are the daemon's.
    struct Tuning: Sendable {
        /// How long after a hole is first seen a probe may cover it (``AuditSequencer/grace``).
        var grace: Duration = .milliseconds(200)
        /// How soon to read again while waiting on a hole or the start.
        var poll: Duration = .milliseconds(100)
        /// How often to read anyway while someone watches, in case a notification was lost.
        var safetyPoll: Duration = .seconds(5)
        /// Ids per read.
        var idPage = 1000
        /// Entries per read, for the feed and for a watcher catching up.
        var entryPage = 200
        /// The most a subscription queues before it is marked lagged.
        var capacityBytes = 1 << 20
    }

    private struct State {
        var subscriptions: [Int: ChangeSubscription] = [:]
        var nextID = 0
        /// What live subscriptions have been given up to; `nil` while not live.
        var head: Int64?
        /// The earliest instant a pending timer will wake the feed.
        var timerDue: ContinuousClock.Instant?
        var stopped = false
    }

    let pool: PostgresPool
    let logger: Logger
    let tuning: Tuning
    private let state = Mutex(State())
    private let wakes: AsyncStream<Void>
    private let wakeUp: AsyncStream<Void>.Continuation

    init(pool: PostgresPool, logger: Logger, tuning: Tuning = Tuning()) {
        self.pool = pool
        self.logger = logger
        self.tuning = tuning
        (wakes, wakeUp) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// The newest id given to live subscriptions; `nil` while the feed is not live.
    var head: Int64? { state.withLock { $0.head } }

    /// How many subscriptions there are.
    var subscriptionCount: Int { state.withLock { $0.subscriptions.count } }

    /// Asks the feed to read the trail soon (a notification came, the listener reconnected).
    /// Wake-ups coalesce.
    public func kick() {
        wakeUp.yield()
    }

    /// A new subscription, started at once when the feed is live, else when it becomes live
    /// (``ChangeSubscription/waitForHead()``). After `stop`, it is closed from the start.
    func subscribe(after: Int64?, selection: AreaSelection) -> ChangeSubscription {
        let subscription = state.withLock { state -> ChangeSubscription in
            state.nextID += 1
            let subscription = ChangeSubscription(id: state.nextID, after: after, selection: selection,
                                                  capacityBytes: tuning.capacityBytes)
            if state.stopped {
                subscription.close()
            } else {
                state.subscriptions[subscription.id] = subscription
                if let head = state.head { subscription.start(head: head) }
            }
            return subscription
        }
        kick()
        return subscription
    }

    /// Removes a subscription; the feed goes idle after its last one.
    func unsubscribe(_ subscription: ChangeSubscription) {
        _ = state.withLock { $0.subscriptions.removeValue(forKey: subscription.id) }
        subscription.close()
        kick()
    }

    /// Restarts a lagged subscription at the current head and returns it: the watcher reads
    /// the trail up to it, then takes live entries again. `nil` when the feed is not live.
    func resync(_ subscription: ChangeSubscription) -> Int64? {
        state.withLock { state -> Int64? in
            guard let head = state.head else { return nil }
            subscription.restart(head: head)
            return head
        }
    }

    /// Reads the trail each time it is woken, until cancelled; then closes every subscription.
    func run() async {
        await withDiscardingTaskGroup { timers in
            var reader = Reader(feed: self)
            for await _ in wakes {
                if Task.isCancelled { break }
                let next = await reader.step()
                if let next { arm(next, in: &timers) }
            }
            timers.cancelAll()
        }
        let open = state.withLock { state -> [ChangeSubscription] in
            state.stopped = true
            state.head = nil
            defer { state.subscriptions = [:] }
            return Array(state.subscriptions.values)
        }
        for subscription in open { subscription.close() }
    }

    /// Wakes the feed after `delay` unless a timer already will by then.
    private func arm(_ delay: Duration, in timers: inout DiscardingTaskGroup) {
        let due = ContinuousClock.now + delay
        let needed = state.withLock { state -> Bool in
            if let pending = state.timerDue, pending <= due { return false }
            state.timerDue = due
            return true
        }
        guard needed else { return }
        timers.addTask {
            try? await Task.sleep(until: due, clock: .continuous)
            self.state.withLock { state in
                if state.timerDue == due { state.timerDue = nil }
            }
            self.kick()
        }
    }

    /// Whether anyone is subscribed; if nobody is, stops live delivery in the same step, so
    /// that the next subscription waits for the feed to start afresh rather than taking a head
    /// the feed no longer follows.
    fileprivate func isWantedElseIdle() -> Bool {
        state.withLock { state in
            if state.subscriptions.isEmpty { state.head = nil }
            return !state.subscriptions.isEmpty
        }
    }

    /// Publishes entries up to `reached` (ascending, following on from the head) to every
    /// subscription, or starts the subscriptions not yet started when the feed becomes live.
    fileprivate func publish(_ records: [AuditRecord], reaching reached: Int64) {
        let overflowed = state.withLock { state -> Int in
            let wasLive = state.head != nil
            if !wasLive { logger.debug("change feed live", metadata: ["audit.head": "\(reached)"]) }
            state.head = Swift.max(state.head ?? reached, reached)
            var overflowed = 0
            for subscription in state.subscriptions.values {
                if wasLive, subscription.head != nil {
                    if subscription.deliver(records) { overflowed += 1 }
                } else {
                    subscription.start(head: reached)
                }
            }
            return overflowed
        }
        if overflowed > 0 {
            logger.info("a watcher fell behind; it will catch up from the audit trail", metadata: [
                "audit.head": "\(reached)", "watchers": "\(overflowed)",
            ])
        }
    }
}

extension ChangeFeed {
    /// The state of the feed's reading, owned by ``ChangeFeed/run()``'s task alone.
    struct Reader {
        let feed: ChangeFeed
        var sequencer: AuditSequencer?
        var probe: WriteTransactions?
        var failures = 0

        /// Reads until nothing more can be passed on now.
        ///
        /// - Returns: when to be woken again without a notification; `nil` for "only when notified".
        mutating func step() async -> Duration? {
            guard feed.isWantedElseIdle() else {
                if sequencer != nil {
                    sequencer = nil
                    probe = nil
                    feed.logger.debug("change feed idle: nobody watches")
                }
                return nil
            }
            do {
                try await advance()
                if failures > 0 { feed.logger.notice("change feed reads the audit trail again") }
                failures = 0
            } catch {
                if Task.isCancelled { return nil }  // the feed is stopping
                failures += 1
                if failures == 1 || failures % 20 == 0 {
                    feed.logger.warning("change feed cannot read the audit trail; retrying", metadata: [
                        "error": "\(String(reflecting: error))", "attempt": "\(failures)",
                    ])
                }
                return .milliseconds(Swift.min(100 << Swift.min(failures - 1, 6), 5_000))
            }
            return sequencer?.isWaiting == true ? feed.tuning.poll : feed.tuning.safetyPoll
        }

        /// Starts the sequencer if needed, then reads ids until the watermark stops moving,
        /// publishing each step's entries.
        private mutating func advance() async throws {
            let pool = feed.pool
            let tuning = feed.tuning
            if sequencer == nil {
                let startedAt = ContinuousClock.now
                let newest = try await pool.withConnection { try AuditStore.newestID(on: $0) }
                sequencer = AuditSequencer(after: newest, at: startedAt, grace: tuning.grace)
                feed.logger.debug("change feed starting", metadata: ["audit.newest": "\(newest)"])
            }
            guard var current = sequencer else { return }
            defer { sequencer = current }
            while true {
                // Whether the probe's transactions have ended — checked before the read it applies to.
                if let out = probe, try await !pool.withConnection({ try out.anyStillRunning(on: $0) }) {
                    current.probePassed()
                    probe = nil
                }
                let readAt = ContinuousClock.now
                let watermark = current.watermark
                let ids = try await pool.withConnection { try AuditStore.ids(after: watermark, limit: tuning.idPage, on: $0) }
                let before = current.absorb(ids, at: readAt)
                if current.wantsProbe(at: .now) {
                    let takenAt = ContinuousClock.now
                    probe = try await pool.withConnection { try WriteTransactions.running(on: $0) }
                    current.probed(at: takenAt)
                }
                if current.isEstablished { try await publish(through: current.watermark) }
                guard ids.count == tuning.idPage, current.watermark > before else { return }
            }
        }

        /// Publishes the entries from the feed's head up to `through` (the established
        /// watermark), page by page. Not yet live, the feed starts there: what is below was final
        /// before any subscription started, so it is catch-up, not news. From the head rather
        /// than from the last read, so that a failed read of entries is read again.
        private func publish(through: Int64) async throws {
            guard let head = feed.head, head < through else {
                feed.publish([], reaching: through)
                return
            }
            var position = head
            while position < through {
                let from = position
                let page = feed.tuning.entryPage
                let records = try await feed.pool.withConnection {
                    try AuditStore.entries(after: from, through: through, limit: page, on: $0)
                }
                position = records.count < page ? through : (records.last?.id ?? through)
                feed.publish(records, reaching: position)
            }
        }
    }
}
