import Foundation
import Synchronization

/// A transaction outside networkd (a psql session) that holds row locks until released — how a
/// test puts a request in flight for as long as it needs, whatever the machine's load.
///
/// The session runs `lockingSQL` inside `BEGIN` and then waits, holding the locks, until
/// ``release()`` closes its input (psql then exits and the transaction rolls back) or the
/// cluster goes away. Unlike `pg_sleep(N)`, it can never let go before the test is ready.
public final class RowLockHolder: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let database: TestDatabase
    /// The session's `application_name`, unique to this holder.
    public let applicationName: String

    /// Starts the session and waits until it holds the locks.
    public static func hold(_ lockingSQL: String, in database: TestDatabase) async throws -> RowLockHolder {
        let holder = try RowLockHolder(lockingSQL, database: database)
        try await holder.waitUntilHeld()
        return holder
    }

    private init(_ lockingSQL: String, database: TestDatabase) throws {
        self.database = database
        applicationName = "lock-holder-\(UInt32.random(in: 0...UInt32.max))"
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database.conninfo]
        var environment = ProcessInfo.processInfo.environment
        environment["PGAPPNAME"] = applicationName
        process.environment = environment
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Our end of psql's input must not leak into processes started later (a PostgreSQL
        // restarted by a test would hold it open, and psql would never see the end of its input).
        _ = fcntl(input.fileHandleForWriting.fileDescriptor, F_SETFD, FD_CLOEXEC)
        let statements = "BEGIN;\n\(lockingSQL);\nSELECT 'locks held';\n"
        try input.fileHandleForWriting.write(contentsOf: Data(statements.utf8))
    }

    /// Waits until the session has run `lockingSQL` and sits idle in its transaction.
    private func waitUntilHeld() async throws {
        let database = self.database
        let name = applicationName
        try await waitUntil("the lock holder holds its locks") {
            try await offPool {
                try database.psql("""
                    SELECT count(*) FROM pg_stat_activity
                    WHERE application_name = '\(name)' AND state = 'idle in transaction' AND query LIKE '%locks held%'
                    """).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
            }
        }
    }

    /// How many sessions of `applicationName` in the holder's database wait on a lock.
    public static func waiters(application: String, in database: TestDatabase) throws -> Int {
        Int(try database.psql("""
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND application_name = '\(application)'
            """).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// Waits until at least one session of `application` waits on a lock in the holder's database.
    public func waitForWaiter(application: String = "networkd") async throws {
        let database = self.database
        try await waitUntil("a \(application) session waits on the held lock") {
            try await offPool { try Self.waiters(application: application, in: database) } >= 1
        }
    }

    /// Ends the session: its transaction rolls back — or with `committing`, commits — and the
    /// locks are gone. Idempotent; never waits more than a few seconds (psql is terminated if
    /// it does not quit).
    public func release(committing: Bool = false) {
        released.withLock { done in
            guard !done else { return }
            done = true
            let end = committing ? "COMMIT" : "ROLLBACK"
            try? input.fileHandleForWriting.write(contentsOf: Data("\(end);\n\\q\n".utf8))
            try? input.fileHandleForWriting.close()
        }
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    private let released = Mutex(false)

    deinit {
        if process.isRunning { process.terminate() }
    }
}
