import NIOCore

/// Runs a task's jobs on one NIO event loop: the loop of the connection the task serves.
///
/// A connection's task prefers this executor (`withTaskExecutorPreference`), so reading a request
/// from the channel, answering it and writing the answer happen on the thread that does the
/// channel's I/O, with no hop to Swift concurrency's global pool and back. What blocks — libpq —
/// still runs on ``PostgresPool``'s threads; its answer comes back to this loop.
///
/// - Important: Work that would block the loop must never run on it: only code that awaits
///   (the pool, the channel) or computes briefly (JSON, dispatch) runs under this preference.
final class EventLoopTaskExecutor: TaskExecutor {
    /// The loop every job runs on.
    let eventLoop: any EventLoop

    /// An executor for `eventLoop`.
    init(_ eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    /// Queues `job` on the loop; when called on the loop itself, this costs no wake-up.
    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        eventLoop.execute {
            job.runSynchronously(on: self.asUnownedTaskExecutor())
        }
    }
}
