import NIOCore
import NIOPosix
import NetworkTestSupport
import Postgres
import Synchronization
import Testing

/// `PostgresPool.read` from tasks running on an event loop: the reads one turn of the loop makes
/// go out together, one pipeline on one connection, and each task gets its own rows; a read that
/// fails fails alone; a pipeline over its budget is cancelled and its reads run on the pool.
@Suite("Reads of one event loop turn, in one pipeline")
struct LoopReadsTests {
    /// Runs a task's jobs on one event loop, as the daemon runs each admin connection's task.
    final class LoopExecutor: TaskExecutor {
        let eventLoop: any EventLoop
        init(_ eventLoop: any EventLoop) { self.eventLoop = eventLoop }
        func enqueue(_ job: consuming ExecutorJob) {
            let job = UnownedJob(job)
            eventLoop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
        }
    }

    /// What one read saw: its backend, the thread it was answered on, its own number, or its error.
    struct Seen: Sendable {
        var backend: Int32?
        var n: Int?
        var error: PostgresError?
    }

    /// Starts `count` tasks from inside one job of `loop`, so that they all run in the same turn,
    /// each reading `query(i)`; returns what each saw, by index.
    static func readInOneTurn(
        _ pool: PostgresPool, count: Int, budget: Duration = .milliseconds(50),
        _ query: @escaping @Sendable (Int) -> PostgresQuery<Seen>
    ) async -> [Seen] {
        let group = MultiThreadedEventLoopGroup.singleton
        let loop = group.next()
        let executor = LoopExecutor(loop)
        let tasks = try! await loop.submit {
            (0..<count).map { i in
                Task(executorPreference: executor) { () -> Seen in
                    do { return try await pool.read(query(i), budget: budget) } catch let error as PostgresError {
                        return Seen(error: error)
                    } catch {
                        return Seen(error: PostgresError(kind: .protocolViolation, message: "\(error)", query: ""))
                    }
                }
            }
        }.get()
        var seen: [Seen] = []
        for task in tasks { seen.append(await task.value) }
        return seen
    }

    static func numbered(_ i: Int) -> PostgresQuery<Seen> {
        PostgresQuery("SELECT pg_backend_pid() AS pid, \(i)::int AS n", read: seen)
    }

    /// As ``numbered(_:)``, answered only after the server has slept `seconds`.
    static func numbered(_ i: Int, after seconds: Double) -> PostgresQuery<Seen> {
        PostgresQuery("SELECT pg_backend_pid() AS pid, n FROM (SELECT pg_sleep(\(seconds)), \(i)::int AS n) AS slow", read: seen)
    }

    /// What a read of `pid` and `n` saw.
    @Sendable static func seen(_ rows: PostgresResult) throws -> Seen {
        Seen(backend: try rows.first?.decode("pid", as: Int32.self), n: try rows.first?.decode("n", as: Int.self))
    }

    @Test func theReadsOfOneTurnShareOnePipelineOnOneConnection() async throws {
        try await ScratchDatabase.with(poolSize: 4) { db in
            // Open a connection so that one is idle when the turn comes.
            let warm = try await db.pool.withConnection { $0.backendPID }
            let seen = await Self.readInOneTurn(db.pool, count: 8, Self.numbered)
            #expect(seen.map(\.n) == Array(0..<8))
            #expect(seen.allSatisfy { $0.error == nil })
            // One connection answered all eight: the idle one, not seven more opened.
            #expect(Set(seen.compactMap(\.backend)) == [warm])
            #expect(db.pool.statistics.open == 1)
            #expect(db.pool.statistics.inUse == 0)
        }
    }

    @Test func moreReadsThanOnePipelineCarriesGoOutInTheNext() async throws {
        try await ScratchDatabase.with(poolSize: 4) { db in
            let warm = try await db.pool.withConnection { $0.backendPID }
            let count = PostgresPool.readsPerPipeline + 6
            let seen = await Self.readInOneTurn(db.pool, count: count, Self.numbered)
            #expect(seen.map(\.n) == Array(0..<count))
            #expect(Set(seen.compactMap(\.backend)) == [warm])
            #expect(db.pool.statistics.inUse == 0)
        }
    }

    @Test func aFailingReadFailsAloneAndTheOthersAreAnswered() async throws {
        try await ScratchDatabase.with(poolSize: 4) { db in
            _ = try await db.pool.withConnection { $0.backendPID }
            let seen = await Self.readInOneTurn(db.pool, count: 5) { i in
                i == 1
                    ? PostgresQuery("SELECT 1 / \(0)::int AS n") { _ in Seen() }
                    : Self.numbered(i)
            }
            #expect(seen[1].error?.code == SQLState(rawValue: "22012"), "\(String(describing: seen[1].error))")
            // The reads after the failure were skipped by the server and ran again on the pool.
            #expect(seen.enumerated().filter { $0.offset != 1 }.map(\.element.n) == [0, 2, 3, 4])
            #expect(db.pool.statistics.inUse == 0)
            // The connection is clean for the next caller.
            #expect(try await db.pool.read(Self.numbered(9)).n == 9)
        }
    }

    @Test func aPipelineOverItsBudgetIsCancelledAndItsReadsRunOnThePool() async throws {
        try await ScratchDatabase.with(poolSize: 4) { db in
            let warm = try await db.pool.withConnection { $0.backendPID }
            let start = ContinuousClock.now
            let seen = await Self.readInOneTurn(db.pool, count: 3, budget: .milliseconds(100)) { i in
                i == 0
                    ? PostgresQuery("SELECT pg_backend_pid() AS pid, pg_sleep(\(0.6)::float8), \(i)::int AS n") { rows in
                        Seen(backend: try rows.first?.decode("pid", as: Int32.self), n: try rows.first?.decode("n", as: Int.self))
                    }
                    : Self.numbered(i)
            }
            let elapsed = ContinuousClock.now - start
            #expect(seen.map(\.n) == [0, 1, 2], "\(seen)")
            #expect(seen.allSatisfy { $0.error == nil })
            // They were answered by connections other than the cancelled one, which was discarded.
            #expect(!seen.contains { $0.backend == warm })
            #expect(elapsed < .seconds(0.6 + 0.6 + 5), "\(elapsed)")
            #expect(db.pool.statistics.inUse == 0)
        }
    }

    /// The loop looks for the answer without sleeping for ``PostgresConnection/readSpin`` only;
    /// an answer that comes later (a read of 20 ms, within its 50 ms budget) is waited for in
    /// `poll(2)` on the same connection, not given up.
    @Test func anAnswerSlowerThanTheSpinIsWaitedForOnTheSameConnection() async throws {
        try await ScratchDatabase.with(poolSize: 4) { db in
            let warm = try await db.pool.withConnection { $0.backendPID }
            #expect(PostgresConnection.readSpin < .milliseconds(20))
            let seen = await Self.readInOneTurn(db.pool, count: 3) { i in
                i == 1 ? Self.numbered(i, after: 0.02) : Self.numbered(i)
            }
            #expect(seen.map(\.n) == [0, 1, 2])
            #expect(seen.allSatisfy { $0.error == nil })
            #expect(Set(seen.compactMap(\.backend)) == [warm])
            #expect(db.pool.statistics.open == 1)
        }
    }

    @Test func aNulByteFailsItsReadBeforeAnythingIsSent() async throws {
        try await ScratchDatabase.with(poolSize: 2) { db in
            _ = try await db.pool.withConnection { $0.backendPID }
            let seen = await Self.readInOneTurn(db.pool, count: 3) { i in
                i == 2 ? PostgresQuery("SELECT \("a\u{0}b")::text AS n") { _ in Seen() } : Self.numbered(i)
            }
            #expect(seen[2].error != nil)
            #expect(seen[0].n == 0 && seen[1].n == 1)
        }
    }

    @Test func offAnEventLoopAReadRunsOnThePoolsThreads() async throws {
        try await ScratchDatabase.with(poolSize: 2) { db in
            let seen = try await db.pool.read(Self.numbered(3))
            #expect(seen.n == 3 && seen.backend != nil)
        }
    }
}
