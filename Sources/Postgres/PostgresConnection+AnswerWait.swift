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
    /// sleeping: checks the socket with a zero-timeout `poll(2)`, reads what came
    /// (`PQconsumeInput`), and otherwise yields the core. A failed read leaves the error for
    /// `PQgetResult` to report, as it would have without the wait.
    func awaitAnswer(spinning spin: Duration) {
        let socket = PQsocket(handle)
        guard socket >= 0 else { return }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: spin)
        var readable = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        while PQisBusy(handle) == 1 {
            readable.revents = 0
            if poll(&readable, 1, 0) > 0 {
                guard PQconsumeInput(handle) == 1 else { return }
                continue
            }
            if clock.now >= deadline { return }
            sched_yield()
        }
    }
}
