import Foundation
import Postgres
import Synchronization
import Testing

/// Lets blocking transaction bodies on different pool threads wait for each other.
final class Rendezvous: Sendable {
    private let arrived = Locked(0)
    private let parties: Int

    init(parties: Int) {
        self.parties = parties
    }

    /// Arrives and waits (blocking, up to `timeout` seconds) until every party has arrived.
    func arriveAndWait(timeout: Double = 5) {
        arrived.withLock { $0 += 1 }
        let deadline = Date().addingTimeInterval(timeout)
        while arrived.withLock({ $0 }) < parties, Date() < deadline {
            usleep(1_000)
        }
    }
}

struct SampleError: Error {}

@Suite("Transactions")
struct TransactionTests {
    @Test func commitMakesChangesVisible() async throws {
        try await ScratchDatabase.with { db in
            try await db.script("CREATE TABLE t (n int)")
            let inserted = try await db.pool.withTransaction { connection in
                try connection.execute("INSERT INTO t VALUES (\(1)), (\(2))")
            }
            #expect(inserted == 2)
            #expect(try db.cluster.psql("SELECT sum(n) FROM t", database: db.name) == "3\n")
        }
    }

    @Test func throwingRollsBackAndRethrows() async throws {
        try await ScratchDatabase.with { db in
            try await db.script("CREATE TABLE t (n int)")
            await #expect(throws: SampleError.self) {
                try await db.pool.withTransaction { connection in
                    try connection.execute("INSERT INTO t VALUES (\(1))")
                    throw SampleError()
                }
            }
            #expect(try db.cluster.psql("SELECT count(*) FROM t", database: db.name) == "0\n")
            // The connection went back to the pool idle, not inside the failed transaction.
            #expect(try await db.query("SELECT 1 AS one").count == 1)
        }
    }

    @Test func swallowedErrorDoesNotCommitSilently() async throws {
        try await ScratchDatabase.with { db in
            try await db.script("CREATE TABLE t (n int PRIMARY KEY)")
            let error = await #expect(throws: PostgresError.self) {
                try await db.pool.withTransaction { connection in
                    try connection.execute("INSERT INTO t VALUES (\(1))")
                    _ = try? connection.execute("INSERT INTO t VALUES (\(1))")
                }
            }
            #expect(error?.code == .inFailedSQLTransaction)
            #expect(try db.cluster.psql("SELECT count(*) FROM t", database: db.name) == "0\n")
        }
    }

    @Test func serializationFailureIsRetriedUntilItSucceeds() async throws {
        try await ScratchDatabase.with { db in
            try await db.script("CREATE TABLE duty (doctor text, on_call bool); INSERT INTO duty VALUES ('a', true), ('b', true)")
            let attempts = Locked(0)
            let rendezvous = Rendezvous(parties: 2)
            // Write skew: each reads how many are on call, then takes a different doctor off call.
            // Serializable isolation must abort one of them; withTransaction reruns it.
            let pool = db.pool
            try await withThrowingTaskGroup(of: Void.self) { group in
                for doctor in ["a", "b"] {
                    group.addTask {
                        try await pool.withTransaction(isolation: .serializable) { connection in
                            let attempt = attempts.withLock { $0 += 1; return $0 }
                            let onCall = try connection.query("SELECT count(*) AS n FROM duty WHERE on_call")
                                .first!.decode("n", as: Int.self)
                            if attempt <= 2 { rendezvous.arriveAndWait() }
                            if onCall >= 2 {
                                try connection.execute("UPDATE duty SET on_call = false WHERE doctor = \(doctor)")
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(attempts.withLock { $0 } >= 3)
            #expect(try db.cluster.psql("SELECT count(*) FROM duty WHERE on_call", database: db.name) == "1\n")
        }
    }

    @Test func deadlockIsRetried() async throws {
        try await ScratchDatabase.with { db in
            try await db.script("CREATE TABLE account (id int PRIMARY KEY, balance int); INSERT INTO account VALUES (1, 0), (2, 0)")
            let attempts = Locked(0)
            let rendezvous = Rendezvous(parties: 2)
            let pool = db.pool
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (first, second) in [(1, 2), (2, 1)] {
                    group.addTask {
                        try await pool.withTransaction { connection in
                            let attempt = attempts.withLock { $0 += 1; return $0 }
                            try connection.executeScript("SET LOCAL deadlock_timeout = '50ms'")
                            try connection.execute("UPDATE account SET balance = balance + 1 WHERE id = \(first)")
                            if attempt <= 2 { rendezvous.arriveAndWait() }
                            try connection.execute("UPDATE account SET balance = balance + 1 WHERE id = \(second)")
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(attempts.withLock { $0 } >= 3)
            #expect(try db.cluster.psql("SELECT sum(balance) FROM account", database: db.name) == "4\n")
        }
    }

    @Test func retriesStopAfterMaxAttempts() async throws {
        try await ScratchDatabase.with { db in
            let attempts = Locked(0)
            let error = await #expect(throws: PostgresError.self) {
                try await db.pool.withTransaction(isolation: .repeatableRead, maxAttempts: 3) { connection in
                    attempts.withLock { $0 += 1 }
                    try connection.executeScript("DO $$ BEGIN RAISE EXCEPTION 'conflict' USING ERRCODE = 'serialization_failure'; END $$")
                }
            }
            #expect(error?.code == .serializationFailure)
            #expect(error?.isRetryable == true)
            #expect(attempts.withLock { $0 } == 3)
        }
    }

    @Test func nonRetryableErrorsAreNotRetried() async throws {
        try await ScratchDatabase.with { db in
            try await db.script("CREATE TABLE t (n int PRIMARY KEY); INSERT INTO t VALUES (1)")
            let attempts = Locked(0)
            let error = await #expect(throws: PostgresError.self) {
                try await db.pool.withTransaction { connection in
                    attempts.withLock { $0 += 1 }
                    try connection.execute("INSERT INTO t VALUES (\(1))")
                }
            }
            #expect(error?.code == .uniqueViolation)
            #expect(attempts.withLock { $0 } == 1)
        }
    }

    @Test func isolationLevelIsApplied() async throws {
        try await ScratchDatabase.with { db in
            for (level, expected) in [(IsolationLevel.readCommitted, "read committed"), (.repeatableRead, "repeatable read"), (.serializable, "serializable")] {
                let actual = try await db.pool.withTransaction(isolation: level) { connection in
                    try connection.query("SELECT current_setting('transaction_isolation') AS level").first?["level"]
                }
                #expect(actual == expected)
            }
        }
    }
}
