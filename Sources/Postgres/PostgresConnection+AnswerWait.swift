import CLibPQ

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension PostgresConnection {
    /// How long an event loop's read pipeline (``runEach(_:)``) waits for the server's answer
    /// without sleeping, before it sleeps in libpq's `poll(2)` as any other statement does.
    ///
    /// A loop that sleeps while PostgreSQL runs its reads is woken again when the answer comes:
    /// on a virtual machine, waking a halted vCPU is a VM exit and tens of microseconds in which
    /// that core does nothing for anyone. An answer to a pipeline of lookups by key takes about
    /// that long to come, so the loop looks for it, yielding its core to any other thread that
    /// wants it (`sched_yield(2)`), for up to this long first. A/B on the benchmark's 2 cores,
    /// same server, same minute (`Benchmarks/README.md`): the machine busy 1.88–1.94 cores
    /// instead of 1.74–1.79, `member.get` +8 % and `network.get` +19–25 % requests a second;
    /// 200 µs spun away more CPU than it saved. A statement slower than this is waited for as
    /// before, and the loop's stall guard (`StallGuard`) still cancels one that outlasts its
    /// budget.
    public static let readSpin: Duration = .microseconds(60)

    /// Waits until libpq holds the pipeline's first result or `spin` has passed, without
    /// sleeping: reads whatever input has come (`PQconsumeInput` on libpq's non-blocking
    /// socket: one `recv(2)`, which finds nothing as cheaply as a zero-timeout `poll(2)` would,
    /// and takes the answer in the same call when it is there), and otherwise yields the core.
    /// A broken connection leaves the error for `PQgetResult` to report, as it would have
    /// without the wait.
    func awaitAnswer(spinning spin: Duration) {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: spin)
        while PQisBusy(handle) == 1 {
            guard !isBad, PQconsumeInput(handle) == 1 else { return }
            if PQisBusy(handle) == 0 || clock.now >= deadline { return }
            sched_yield()
        }
    }

    /// Waits up to `timeout` milliseconds (0: only looks) for input on the connection's socket,
    /// and reads what came into libpq (`PQconsumeInput`), where `PQgetResult` and `PQnotifies`
    /// find it.
    ///
    /// - Returns: Whether input came (false also when `poll(2)` was interrupted).
    /// - Throws: ``PostgresError`` of kind ``PostgresError/Kind/connectionLost`` when the
    ///   connection broke.
    func consumeInput(waitingUpTo timeout: Int32) throws(PostgresError) -> Bool {
        let socket = PQsocket(handle)
        guard !isBad, socket >= 0 else {
            throw PostgresError(kind: .connectionLost, message: PostgresError.connectionMessage(handle))
        }
        var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, timeout)
        if ready < 0 && errno != EINTR {
            throw PostgresError(kind: .connectionLost, message: "poll failed with errno \(errno)")
        }
        guard ready > 0 else { return false }
        guard PQconsumeInput(handle) == 1, !isBad else {
            throw PostgresError(kind: .connectionLost, message: PostgresError.connectionMessage(handle))
        }
        return true
    }
}
