import NIOCore
import NIOPosix

/// Reads of one event loop waiting for the loop's next pipeline (``PostgresPool/read(_:)``).
///
/// Touched only on its loop's thread: ``PostgresPool/read(_:)`` adds to it from a task running
/// on the loop, and the flush it schedules runs on the loop.
final class LoopReads: @unchecked Sendable {
    /// One read: its statement and the task waiting for its rows.
    struct Pending {
        var sql: SQL
        var continuation: CheckedContinuation<PostgresResult, any Error>
    }

    let eventLoop: any EventLoop
    var pending: [Pending] = []
    var flushScheduled = false

    init(eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }
}

/// A read the loop did not run (no idle connection, a slow server, an earlier read of its
/// pipeline failed): its task runs it on the pool's threads instead.
struct RunOnPool: Error {}

extension PostgresPool {
    /// The most reads one pipeline carries; more wait for the next.
    public static let readsPerPipeline = 64

    /// Runs a read of one statement — a record by its key, a few index probes — and returns
    /// what `query` makes of its rows.
    ///
    /// Called from a task running on an NIO event loop (a connection's task, see the daemon's
    /// `EventLoopTaskExecutor`), the read waits for the end of the loop's current turn and goes
    /// out with every other read the loop's tasks made in that turn: one pipeline, one write and
    /// one round trip on one idle connection, run on the loop itself. Under load a turn serves
    /// several clients, so PostgreSQL and the daemon wake once for all of them instead of once each.
    /// The pipeline is held to `budget` (``StallGuard``): one that outlasts it is cancelled, its
    /// connection discarded, and its reads run again on the pool's threads, as everywhere else
    /// (``withConnection(_:)``): from any other thread, when no connection is idle, and for a few
    /// seconds after a cancel. A read may therefore run twice; it must not write.
    ///
    /// - Throws: What `query` throws; ``PostgresError`` as ``withConnection(_:)``.
    public func read<Value: Sendable>(_ query: PostgresQuery<Value>, budget: Duration = .milliseconds(50)) async throws -> Value {
        if let loop = MultiThreadedEventLoopGroup.currentEventLoop, !stallGuard.isBackingOff {
            let reads = reads(of: loop)
            do {
                let rows = try await withCheckedThrowingContinuation { continuation in
                    reads.pending.append(LoopReads.Pending(sql: query.sql, continuation: continuation))
                    scheduleFlush(reads, budget: budget)
                }
                return try query.read(rows)
            } catch is RunOnPool {}
        }
        return try await withConnection { try $0.run(query) }
    }

    /// The calling loop's pending reads (synchronous: the thread is the loop's for the whole call).
    private func reads(of loop: any EventLoop) -> LoopReads {
        if let reads = loopReads.currentValue { return reads }
        let created = LoopReads(eventLoop: loop)
        loopReads.currentValue = created
        return created
    }

    /// Makes the loop run the pending reads once the tasks it has queued now have run.
    private func scheduleFlush(_ reads: LoopReads, budget: Duration) {
        guard !reads.flushScheduled else { return }
        reads.flushScheduled = true
        reads.eventLoop.execute { self.flush(reads, budget: budget) }
    }

    /// Sends the loop's pending reads as one pipeline and hands each task its outcome.
    private func flush(_ reads: LoopReads, budget: Duration) {
        reads.flushScheduled = false
        var batch = reads.pending
        reads.pending.removeAll(keepingCapacity: true)
        if batch.count > Self.readsPerPipeline {
            reads.pending = Array(batch[Self.readsPerPipeline...])
            batch.removeSubrange(Self.readsPerPipeline...)
            scheduleFlush(reads, budget: budget)
        }
        guard !batch.isEmpty else { return }
        guard let (outcomes, cancelled) = onIdleConnectionHere(budget: budget, { $0.runEach(batch.map(\.sql)) }) else {
            for read in batch { read.continuation.resume(throwing: RunOnPool()) }
            return
        }
        if cancelled {
            logger.debug("postgres reads outlasted their budget on the event loop; running them on the pool's",
                         metadata: ["postgres.budget": "\(budget)", "postgres.reads": "\(batch.count)"])
        }
        for (read, outcome) in zip(batch, outcomes) {
            switch outcome {
            case .rows(let rows):
                read.continuation.resume(returning: rows)
            case .failed(let error) where !cancelled && error.kind != .connectionLost:
                read.continuation.resume(throwing: error)
            case .failed, .skipped:
                read.continuation.resume(throwing: RunOnPool())
            }
        }
    }
}
