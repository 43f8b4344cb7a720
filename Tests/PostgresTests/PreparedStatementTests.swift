import NetworkTestSupport
import Postgres
import Testing

/// Statements are prepared once per connection and executed by name; a transaction's `BEGIN`
/// travels with its first statement. Both are invisible to callers except in what the server
/// sees: `pg_prepared_statements` and the statement log.
@Suite("Prepared statements and the deferred BEGIN")
struct PreparedStatementTests {
    @Test func aStatementRunTwiceIsPreparedOnceOnItsConnection() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            let (first, second, prepared) = try await db.pool.withConnection { connection in
                let first = try connection.query("SELECT \(41)::int + 1 AS answer").first?["answer"]
                let second = try connection.query("SELECT \(1)::int + 1 AS answer").first?["answer"]
                let prepared = try connection.query("""
                    SELECT count(*) AS n FROM pg_prepared_statements WHERE statement = 'SELECT $1::int + 1 AS answer'
                    """).first?["n"]
                return (first, second, prepared)
            }
            #expect(first == "42" && second == "2")
            #expect(prepared == "1")
        }
    }

    @Test func eachDistinctTextIsItsOwnStatementAndBadSQLIsNotKept() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            let names = try await db.pool.withConnection { connection -> [String] in
                _ = try connection.query("SELECT 1 AS a")
                _ = try connection.query("SELECT 2 AS b")
                _ = try? connection.query("SELEC 3")
                _ = try connection.query("SELECT 1 AS a")
                return try connection.query("SELECT name FROM pg_prepared_statements ORDER BY name").map { $0["name"] ?? "" }
            }
            // Two good texts, one name each (the query reading the view is the third).
            #expect(names.count == 3)
            #expect(Set(names).count == 3)
            let error = await #expect(throws: PostgresError.self) {
                try await db.query("SELEC 3")
            }
            #expect(error?.code == .syntaxError)
        }
    }

    @Test func aNewConnectionPreparesAgainAfterTheOldOneIsGone() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            let before = try await db.pool.withConnection { connection -> Int32 in
                _ = try connection.query("SELECT \(1)::int AS n")
                return connection.backendPID
            }
            _ = try db.cluster.psql("SELECT pg_terminate_backend(\(before))", database: db.name)
            // Terminating is asynchronous: wait until the backend has gone, so that what follows
            // tests the pool noticing a closed connection, not a race with a dying backend.
            for _ in 0..<600 {
                let left = try db.cluster.psql("SELECT count(*) FROM pg_stat_activity WHERE pid = \(before)", database: db.name)
                if left.filter({ !$0.isWhitespace }) == "0" { break }
                try await Task.sleep(for: .milliseconds(50))
            }
            // The pool notices the closed connection and opens another, whose cache is empty.
            let (pid, answer) = try await db.pool.withConnection { connection in
                (connection.backendPID, try connection.query("SELECT \(7)::int AS n").first?["n"])
            }
            #expect(pid != before)
            #expect(answer == "7")
        }
    }

    @Test func aStatementWhoseResultTypeChangedRunsAgainOutsideATransaction() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            try await db.script("CREATE TABLE t (a int); INSERT INTO t VALUES (1)")
            let columns = try await db.pool.withConnection { connection -> [String] in
                _ = try connection.query("SELECT * FROM t")
                _ = try connection.query("SELECT * FROM t")
                try connection.executeScript("ALTER TABLE t ADD COLUMN b text DEFAULT 'x'")
                return try connection.query("SELECT * FROM t").columns
            }
            #expect(columns == ["a", "b"])
        }
    }

    @Test func aStatementDeallocatedUnderneathIsPreparedAgain() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            let answer = try await db.pool.withConnection { connection in
                _ = try connection.query("SELECT \(1)::int AS n")
                try connection.executeScript("DEALLOCATE ALL")
                return try connection.query("SELECT \(5)::int AS n").first?["n"]
            }
            #expect(answer == "5")
        }
    }

    @Test func aTransactionsBeginGoesWithItsFirstStatementAndKeepsItsIsolation() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            let (level, first, second) = try await db.pool.withTransaction(isolation: .serializable) { connection in
                let level = try connection.query("SELECT current_setting('transaction_isolation') AS level").first?["level"]
                // One transaction block: both statements run in the same transaction.
                let first = try connection.query("SELECT pg_current_xact_id()::text AS x").first?["x"]
                let second = try connection.query("SELECT pg_current_xact_id()::text AS x").first?["x"]
                return (level, first, second)
            }
            #expect(level == "serializable")
            #expect(first != nil && first == second)
            // Outside a transaction, each statement is its own.
            let apart = try await db.pool.withConnection { connection in
                (try connection.query("SELECT pg_current_xact_id()::text AS x").first?["x"],
                 try connection.query("SELECT pg_current_xact_id()::text AS x").first?["x"])
            }
            #expect(apart.0 != apart.1)
            // A body that runs nothing begins nothing, and the connection stays idle.
            let answer = try await db.pool.withTransaction { _ in 42 }
            #expect(answer == 42)
            #expect(try await db.query("SELECT 1 AS one").count == 1)
        }
    }

    @Test func aScriptFirstInATransactionRunsInsideIt() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            let inside = try await db.pool.withTransaction { connection in
                try connection.executeScript("SET LOCAL statement_timeout = '1234ms'")
                return try connection.query("SELECT current_setting('statement_timeout') AS t").first?["t"]
            }
            let after = try await db.query("SELECT current_setting('statement_timeout') AS t").first?["t"]
            #expect(inside == "1234ms")
            #expect(after == "0")
        }
    }

    @Test func aFailingFirstStatementRollsBackAndLeavesTheConnectionClean() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            try await db.script("CREATE TABLE t (n int PRIMARY KEY); INSERT INTO t VALUES (1)")
            let error = await #expect(throws: PostgresError.self) {
                try await db.pool.withTransaction { connection in
                    try connection.execute("INSERT INTO t VALUES (\(1))")
                }
            }
            #expect(error?.code == .uniqueViolation)
            let inserted = try await db.pool.withTransaction { connection in
                try connection.execute("INSERT INTO t VALUES (\(2))")
            }
            #expect(inserted == 1)
            #expect(try db.cluster.psql("SELECT string_agg(n::text, ',' ORDER BY n) FROM t", database: db.name) == "1,2\n")
        }
    }
}
