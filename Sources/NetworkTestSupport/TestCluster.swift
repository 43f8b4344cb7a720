import Foundation
import Logging
import Postgres
import Synchronization

/// A real PostgreSQL server that the tests start themselves: `initdb` into a temporary directory,
/// a Unix socket only, durability off for speed, trust authentication, superuser `postgres`.
///
/// Guarantees:
/// - ``shared()`` starts one cluster per test process, exactly once however many tests ask
///   concurrently, and stops it at process exit (`atexit`: immediate shutdown, directory removed).
/// - ``makePrivate()`` starts an independent cluster (for tests that restart the server); stop it
///   with ``stop()`` (also done at exit if forgotten).
/// - ``createDatabase(template:)`` is safe to call concurrently: creations are serialized and
///   retried while the template is briefly in use.
///
/// Server binaries are found via `NETWORKD_PG_BINDIR`, else the newest
/// `/usr/lib/postgresql/*/bin` with `initdb`, else `pg_config --bindir`, else `PATH`. As root,
/// the server runs as the `postgres` user through `runuser`, since `initdb` refuses root.
public final class TestCluster: Sendable {
    /// The directory holding the server's Unix socket (and the cluster's other files).
    public let socketDirectory: String
    /// The port; with a Unix socket it only names the socket file `.s.PGSQL.<port>`.
    public let port: Int
    /// The data directory (`PGDATA`).
    public let dataDirectory: String
    /// The directory of `initdb`, `pg_ctl`, `postgres` and `psql` used for this cluster.
    public let binDirectory: String

    /// The temporary directory removed at ``stop()``.
    let baseDirectory: String
    /// Serializes `CREATE DATABASE` (one connection, FIFO).
    let adminPool: PostgresPool
    let isStopped = Mutex(false)

    private static let sharedCluster = Mutex<Task<TestCluster, any Error>?>(nil)

    init(baseDirectory: String, port: Int, binDirectory: String) {
        self.baseDirectory = baseDirectory
        self.socketDirectory = baseDirectory
        self.dataDirectory = baseDirectory + "/data"
        self.port = port
        self.binDirectory = binDirectory
        var logger = Logger(label: "networkd.test-cluster")
        logger.logLevel = .warning
        self.adminPool = PostgresPool(
            configuration: PostgresConfiguration(
                conninfo: Self.conninfo(socketDirectory: baseDirectory, port: port, database: "postgres", user: "postgres"),
                poolSize: 1,
                applicationName: "networkd-test-cluster"
            ),
            logger: logger
        )
    }

    /// The cluster shared by every test in this process, started on first use.
    ///
    /// - Throws: ``TestClusterError`` when the binaries are missing or the server does not start.
    public static func shared() async throws -> TestCluster {
        let task = sharedCluster.withLock { task in
            if let task { return task }
            let started = Task { try await TestCluster.start() }
            task = started
            return started
        }
        return try await task.value
    }

    /// A new cluster of its own, for tests that restart or stop the server. Call ``stop()`` when done.
    ///
    /// - Throws: ``TestClusterError`` when the binaries are missing or the server does not start.
    public static func makePrivate() async throws -> TestCluster {
        try await start()
    }

    /// A libpq conninfo string for a database on this cluster.
    public func conninfo(database: String, user: String = "postgres") -> String {
        Self.conninfo(socketDirectory: socketDirectory, port: port, database: database, user: user)
    }

    /// Creates a database with a unique name, optionally as a copy of `template`, and returns the name.
    ///
    /// - Throws: ``PostgresError`` when the database cannot be created.
    public func createDatabase(template: String? = nil) async throws -> String {
        let name = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        var sql = "CREATE DATABASE \(Self.quoteIdentifier(name))"
        if let template {
            sql += " TEMPLATE \(Self.quoteIdentifier(template))"
        }
        let statement = SQL(unsafe: sql)
        for attempt in 1...100 {
            do {
                try await adminPool.withConnection { connection in
                    try connection.execute(statement)
                }
                return name
            } catch let error as PostgresError where attempt < 100 {
                if error.code == .duplicateDatabase, attempt > 1 {
                    return name  // an earlier attempt succeeded but its reply was lost
                }
                // "source database is being accessed by other users" (55006), or a connection
                // lost to a restart: wait briefly and try again.
                guard error.code == .objectInUse || error.isRetryable else { throw error }
                try await Task.sleep(nanoseconds: 50_000_000)
            }
        }
        preconditionFailure("unreachable")
    }

    /// Drops a database, disconnecting its sessions first.
    ///
    /// - Throws: ``PostgresError`` when the database cannot be dropped.
    public func dropDatabase(_ name: String) async throws {
        let statement = SQL(unsafe: "DROP DATABASE IF EXISTS \(Self.quoteIdentifier(name)) WITH (FORCE)")
        for attempt in 1...10 {
            do {
                try await adminPool.withConnection { connection in
                    try connection.execute(statement)
                }
                return
            } catch let error as PostgresError where error.isRetryable && attempt < 10 {
                try await Task.sleep(nanoseconds: 50_000_000)
            }
        }
    }

    /// Restarts the server (`pg_ctl restart -m fast`) and returns once it accepts connections.
    /// Every open session is terminated with SQLSTATE 57P01.
    ///
    /// - Throws: ``TestClusterError`` when `pg_ctl` fails.
    public func restart() async throws {
        _ = try await Self.runDetached { [self] in
            try pgctl(["restart", "-m", "fast", "-o", serverOptions])
        }
    }

    /// Runs `psql -X -v ON_ERROR_STOP=1 -A -t -c sql` against `database` and returns its stdout
    /// (unaligned, tuples only: one row per line, columns separated by `|`).
    ///
    /// - Throws: ``TestClusterError`` with psql's stderr when it exits non-zero.
    public func psql(_ sql: String, database: String) throws -> String {
        try Self.run(binDirectory + "/psql", [
            "-X", "-v", "ON_ERROR_STOP=1", "-A", "-t",
            "-h", socketDirectory, "-p", String(port), "-U", "postgres", "-d", database,
            "-c", sql,
        ], asPostgres: false)
    }

    /// Stops the server at once (`pg_ctl stop -m immediate`) and removes its directory.
    /// Later calls do nothing.
    public func stop() {
        let wasStopped = isStopped.withLock { stopped in
            defer { stopped = true }
            return stopped
        }
        guard !wasStopped else { return }
        let adminPool = adminPool
        Task { await adminPool.close() }
        _ = try? pgctl(["stop", "-m", "immediate"])
        try? FileManager.default.removeItem(atPath: baseDirectory)
        TestCluster.running.withLock { $0.removeAll { $0 == baseDirectory } }
    }
}

/// A failure to start, stop or talk to a ``TestCluster``.
public struct TestClusterError: Error, CustomStringConvertible {
    /// What went wrong, including the tool's stderr.
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
