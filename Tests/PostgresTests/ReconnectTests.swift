import NetworkTestSupport
import Postgres
import Testing

/// Restarts the server, so each test uses a private cluster that no other suite shares.
@Suite("Reconnect after server restart", .serialized)
struct ReconnectTests {
    @Test func runningQueryFailsRetryablyAndLaterQueriesSucceedOnTheSamePool() async throws {
        let cluster = try await TestCluster.makePrivate()
        defer { cluster.stop() }
        try await ScratchDatabase.with(poolSize: 2, cluster: cluster) { db in
            let pool = db.pool
            let sleeper = Task {
                try await pool.withConnection { connection in
                    try connection.query("SELECT pg_sleep(60)")
                }
            }
            try await waitUntil {
                try cluster.psql("SELECT count(*) FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(60)' AND state = 'active'",
                                 database: "postgres") == "1\n"
            }
            try await cluster.restart()

            let error = await #expect(throws: PostgresError.self) { try await sleeper.value }
            #expect(error?.isRetryable == true)
            #expect(error?.kind == .connectionLost)

            let one = try await pool.withConnection { connection in
                try connection.query("SELECT 1 AS one").first?.decode("one", as: Int.self)
            }
            #expect(one == 1)
            let stats = pool.statistics
            #expect(stats.inUse == 0 && stats.open <= 2)
        }
    }

    @Test func staleIdleConnectionsAreReplacedTransparently() async throws {
        let cluster = try await TestCluster.makePrivate()
        defer { cluster.stop() }
        try await ScratchDatabase.with(poolSize: 3, cluster: cluster) { db in
            try await db.script("CREATE TABLE t (n int)")
            let pool = db.pool
            let rendezvous = Rendezvous(parties: 3)
            let pidsBefore = try await withThrowingTaskGroup(of: Int32.self) { group in
                for _ in 0..<3 {
                    group.addTask { () async throws -> Int32 in
                        try await pool.withConnection { connection -> Int32 in
                            rendezvous.arriveAndWait()
                            return connection.backendPID
                        }
                    }
                }
                return try await group.reduce(into: Set<Int32>()) { $0.insert($1) }
            }
            #expect(pidsBefore.count == 3)
            #expect(pool.statistics.idle == 3)

            try await cluster.restart()

            // Every idle connection is dead; checkout notices and reconnects without an error.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<3 {
                    group.addTask {
                        _ = try await pool.withTransaction { connection in
                            try connection.execute("INSERT INTO t VALUES (\(index))")
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(try cluster.psql("SELECT count(*) FROM t", database: db.name) == "3\n")
            #expect(pool.statistics.open <= 3)
        }
    }

    @Test func listenerKeepsReceivingAfterRestart() async throws {
        let cluster = try await TestCluster.makePrivate()
        defer { cluster.stop() }
        try await ScratchDatabase.with(poolSize: 2, cluster: cluster) { db in
            let listener = PostgresListener(configuration: db.configuration(), channels: ["events"], logger: ScratchDatabase.logger)
            let inbox = NotificationInbox(listener)
            let running = Task { try await listener.run() }

            #expect(try await inbox.sendUntilDelivered("before restart", channel: "events", via: db.pool) != nil)
            try await cluster.restart()
            #expect(try await inbox.sendUntilDelivered("after restart", channel: "events", via: db.pool) != nil)

            running.cancel()
            try await running.value
            await inbox.finished()
        }
    }

    @Test func connectFailureWhileServerIsDownThenRecovery() async throws {
        let cluster = try await TestCluster.makePrivate()
        defer { cluster.stop() }
        let database = try await cluster.createDatabase()
        let pool = PostgresPool(
            configuration: PostgresConfiguration(conninfo: cluster.conninfo(database: database), poolSize: 2),
            logger: ScratchDatabase.logger
        )
        #expect(try await pool.withConnection { _ in 1 } == 1)
        cluster.stop()
        let error = await #expect(throws: PostgresError.self) {
            try await pool.withConnection { connection in try connection.query("SELECT 1") }
        }
        #expect(error?.isRetryable == true)
        #expect(error?.kind == .connectFailed || error?.kind == .connectionLost)
        #expect(pool.statistics.inUse == 0)
        await pool.close()
    }

    /// Polls `condition` every 50 ms for up to 10 s.
    private func waitUntil(_ condition: () throws -> Bool) async throws {
        for _ in 0..<200 {
            if try condition() { return }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        Issue.record("condition not met within 10 s")
    }
}
