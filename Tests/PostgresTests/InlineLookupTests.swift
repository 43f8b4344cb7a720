import NetworkTestSupport
import Postgres
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `PostgresPool.withConnectionInline` runs a lookup on the caller's thread when a connection is
/// idle, and otherwise — no idle connection, a stale one, a lookup over its budget — exactly as
/// `withConnection` does, on the pool's threads (named `TP-#n` by NIOThreadPool).
@Suite("Lookups on the caller's thread")
struct InlineLookupTests {
    /// The current thread's name.
    static func threadName() -> String {
        guard let file = fopen("/proc/thread-self/comm", "r") else { return "?" }
        defer { fclose(file) }
        var name = [CChar](repeating: 0, count: 64)
        guard fgets(&name, Int32(name.count), file) != nil else { return "?" }
        return String(cString: name).trimmingSuffix("\n")
    }

    static func onPoolThread(_ name: String) -> Bool { name.hasPrefix("TP-#") }

    @Test func anIdleConnectionServesTheLookupOnTheCallersThread() async throws {
        try await ScratchDatabase.with(poolSize: 2) { db in
            // The first call opens the connection on a pool thread; later ones find it idle.
            let opened = try await db.pool.withConnectionInline { _ in Self.threadName() }
            #expect(Self.onPoolThread(opened))
            let (name, answer) = try await db.pool.withConnectionInline { connection in
                (Self.threadName(), try connection.query("SELECT \(41)::int + 1 AS n").first?["n"])
            }
            #expect(!Self.onPoolThread(name), "ran on \(name)")
            #expect(answer == "42")
            let usual = try await db.pool.withConnection { _ in Self.threadName() }
            #expect(Self.onPoolThread(usual))
            #expect(db.pool.statistics.inUse == 0)
        }
    }

    @Test func aLookupOverItsBudgetIsCancelledAndRunsAgainOnThePoolsThreads() async throws {
        try await ScratchDatabase.with(poolSize: 2) { db in
            _ = try await db.pool.withConnection { try $0.query("SELECT 1") }
            let attempts = Mutex<[(thread: String, backend: Int32, failed: Bool)]>([])
            let start = ContinuousClock.now
            let answer = try await db.pool.withConnectionInline(budget: .milliseconds(100)) { connection -> String? in
                let thread = Self.threadName()
                do {
                    let row = try connection.query("SELECT pg_sleep(\(0.6)::float8), \(7)::int AS n").first
                    attempts.withLock { $0.append((thread, connection.backendPID, false)) }
                    return row?["n"]
                } catch {
                    attempts.withLock { $0.append((thread, connection.backendPID, true)) }
                    throw error
                }
            }
            let elapsed = ContinuousClock.now - start
            let seen = attempts.withLock { $0 }
            #expect(answer == "7")
            #expect(seen.count == 2)
            // The first attempt held the caller's thread only until its budget ran out.
            #expect(seen.first?.failed == true && seen.first.map { !Self.onPoolThread($0.thread) } == true)
            #expect(seen.last?.failed == false && seen.last.map { Self.onPoolThread($0.thread) } == true)
            // The cancelled attempt's connection was not lent again.
            #expect(seen.first?.backend != seen.last?.backend)
            #expect(elapsed < .seconds(0.6 + 0.6 + 5), "\(elapsed)")
            #expect(db.pool.statistics.inUse == 0)
            // Right after a cancel, lookups keep off the caller's thread.
            let next = try await db.pool.withConnectionInline { _ in Self.threadName() }
            #expect(Self.onPoolThread(next), "ran on \(next)")
        }
    }

    @Test func aStaleIdleConnectionIsNotReopenedOnTheCallersThread() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            let before = try await db.pool.withConnection { $0.backendPID }
            _ = try db.cluster.psql("SELECT pg_terminate_backend(\(before))", database: db.name)
            var result: (String, Int32)?
            for _ in 0..<20 where result == nil {
                try await Task.sleep(for: .milliseconds(50))
                result = try? await db.pool.withConnectionInline { (Self.threadName(), $0.backendPID) }
            }
            let (name, after) = try #require(result)
            #expect(after != before)
            #expect(Self.onPoolThread(name), "the new connection was opened on \(name)")
        }
    }

    @Test func withNoIdleConnectionTheLookupWaitsItsTurn() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            _ = try await db.pool.withConnection { try $0.query("SELECT 1") }
            async let busy: Void = db.pool.withConnection { _ = try $0.query("SELECT pg_sleep(\(0.3)::float8)") }
            try await Task.sleep(for: .milliseconds(100))
            let name = try await db.pool.withConnectionInline { _ in Self.threadName() }
            try await busy
            #expect(Self.onPoolThread(name))
        }
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
