import Postgres
import Synchronization
import Testing

@Suite("Connection pool")
struct PoolTests {
    @Test func manyConcurrentTasksShareABoundedPool() async throws {
        try await ScratchDatabase.with(poolSize: 4) { db in
            let pool = db.pool
            let maxOpen = Locked(0)
            let maxSessions = Locked(0)
            let pids = Locked(Set<Int32>())
            let appName = db.applicationName
            let sampling = Task {
                while !Task.isCancelled {
                    let open = pool.statistics.open
                    maxOpen.withLock { $0 = max($0, open) }
                    try? await Task.sleep(nanoseconds: 200_000)
                }
            }
            try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<200 {
                    group.addTask {
                        try await pool.withConnection { connection in
                            let stats = pool.statistics
                            #expect(stats.open <= 4 && stats.inUse <= 4)
                            pids.withLock { _ = $0.insert(connection.backendPID) }
                            if index % 10 == 0 {
                                let sessions = try connection.query(
                                    "SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = \(appName)"
                                ).first!.decode("n", as: Int.self)
                                maxSessions.withLock { $0 = max($0, sessions) }
                            }
                            return try connection.query("SELECT \(index)::int AS i, pg_sleep(0.001)").first!.decode("i", as: Int.self)
                        }
                    }
                }
                var seen = Set<Int>()
                for try await value in group { seen.insert(value) }
                #expect(seen == Set(0..<200))
            }
            sampling.cancel()
            #expect(maxOpen.withLock { $0 } <= 4)
            #expect(maxSessions.withLock { $0 } <= 4)
            #expect(pids.withLock { $0.count } <= 4)
            let stats = pool.statistics
            #expect(stats.max == 4)
            #expect(stats.inUse == 0)
            #expect(stats.waiting == 0)
            #expect(stats.open == stats.idle)
            #expect(stats.open >= 1 && stats.open <= 4)
            let sessions = try db.cluster.psql(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = '\(appName)'", database: "postgres")
            #expect(Int(sessions.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 99 <= 4)
        }
    }

    @Test func connectFailureIsRetryableAndLeaksNoSlot() async throws {
        let pool = PostgresPool(
            configuration: PostgresConfiguration(conninfo: "host=/nonexistent/socket/dir port=5999 dbname=x user=postgres", poolSize: 2),
            logger: ScratchDatabase.logger
        )
        try await withThrowingTaskGroup(of: PostgresError?.self) { group in
            for _ in 0..<10 {
                group.addTask {
                    do {
                        try await pool.withConnection { _ in }
                        return nil
                    } catch let error as PostgresError {
                        return error
                    }
                }
            }
            for try await error in group {
                let error = try #require(error)
                #expect(error.kind == .connectFailed)
                #expect(error.isRetryable)
                #expect(!error.message.isEmpty)
            }
        }
        #expect(pool.statistics == PoolStatistics(max: 2, open: 0, idle: 0, inUse: 0, waiting: 0))
        await pool.close()
    }

    @Test func transactionLeftOpenByAClosureIsRolledBack() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            try await db.script("CREATE TABLE t (n int)")
            try await db.pool.withConnection { connection in
                try connection.executeScript("BEGIN")
                try connection.query("INSERT INTO t VALUES (\(1))")
            }
            let count = try await db.query("SELECT count(*) AS n FROM t").first?.decode("n", as: Int.self)
            #expect(count == 0)
        }
    }

    @Test func closeFailsWaitersAndLaterCalls() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            let pool = PostgresPool(configuration: db.configuration(poolSize: 1), logger: ScratchDatabase.logger)
            let holder = Task {
                try await pool.withConnection { connection in
                    try connection.query("SELECT pg_sleep(0.5)")
                }
            }
            while pool.statistics.inUse == 0 { try await Task.sleep(nanoseconds: 1_000_000) }
            let waiter = Task { try await pool.withConnection { _ in 1 } }
            while pool.statistics.waiting == 0 { try await Task.sleep(nanoseconds: 1_000_000) }
            await pool.close()
            // close() returned only after the holder finished; the holder itself succeeded.
            _ = try await holder.value
            let waiterError = await #expect(throws: PostgresError.self) { try await waiter.value }
            #expect(waiterError?.kind == .poolClosed)
            let laterError = await #expect(throws: PostgresError.self) { try await pool.withConnection { _ in 1 } }
            #expect(laterError?.kind == .poolClosed)
            #expect(pool.statistics.open == 0)
            await pool.close()
        }
    }

    @Test func cancellingAWaiterFreesItsPlace() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            let pool = db.pool
            let holder = Task {
                try await pool.withConnection { connection in
                    try connection.query("SELECT pg_sleep(0.3)")
                }
            }
            while pool.statistics.inUse == 0 { try await Task.sleep(nanoseconds: 1_000_000) }
            let waiter = Task { try await pool.withConnection { _ in 1 } }
            while pool.statistics.waiting == 0 { try await Task.sleep(nanoseconds: 1_000_000) }
            waiter.cancel()
            await #expect(throws: CancellationError.self) { try await waiter.value }
            #expect(pool.statistics.waiting == 0)
            _ = try await holder.value
            #expect(try await pool.withConnection { _ in 2 } == 2)
        }
    }

    @Test func connectionReportsServerVersionAndBackendPID() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            let (version, pid, serverPID) = try await db.pool.withConnection { connection in
                (connection.serverVersion, connection.backendPID,
                 try connection.query("SELECT pg_backend_pid() AS pid").first!.decode("pid", as: Int32.self))
            }
            #expect(version >= 120000)
            #expect(pid == serverPID)
        }
    }
}
