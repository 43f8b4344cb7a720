import Logging
import NetworkTestSupport
import Postgres
import Synchronization

/// A fresh database on the shared test cluster with a pool on it, dropped afterwards.
struct ScratchDatabase {
    let cluster: TestCluster
    let name: String
    let pool: PostgresPool
    let applicationName: String

    static let logger: Logger = {
        var logger = Logger(label: "networkd.postgres-tests")
        logger.logLevel = .critical
        return logger
    }()

    /// Runs `body` against a new database (on `cluster`, or the shared cluster) and a pool of
    /// `poolSize` connections; closes the pool and drops the database afterwards.
    static func with<T>(
        poolSize: Int = 4,
        cluster: TestCluster? = nil,
        _ body: (ScratchDatabase) async throws -> T
    ) async throws -> T {
        let cluster = if let cluster { cluster } else { try await TestCluster.shared() }
        let name = try await cluster.createDatabase()
        let applicationName = "pgtest-\(name.suffix(12))"
        let pool = PostgresPool(
            configuration: PostgresConfiguration(
                conninfo: cluster.conninfo(database: name),
                poolSize: poolSize,
                applicationName: applicationName
            ),
            logger: logger
        )
        let database = ScratchDatabase(cluster: cluster, name: name, pool: pool, applicationName: applicationName)
        let result: T
        do {
            result = try await body(database)
        } catch {
            await pool.close()
            try? await cluster.dropDatabase(name)
            throw error
        }
        await pool.close()
        try await cluster.dropDatabase(name)
        return result
    }

    /// A configuration for another pool or listener on the same database.
    func configuration(poolSize: Int = 4) -> PostgresConfiguration {
        PostgresConfiguration(conninfo: cluster.conninfo(database: name), poolSize: poolSize, applicationName: applicationName)
    }

    /// Runs one statement on the pool and returns the result.
    @discardableResult
    func query(_ sql: SQL) async throws -> PostgresResult {
        try await pool.withConnection { connection in
            try connection.query(sql)
        }
    }

    /// Runs a script (DDL) on the pool.
    func script(_ text: String) async throws {
        try await pool.withConnection { connection in
            try connection.executeScript(text)
        }
    }
}

/// A `Mutex` in a class, so tests can share it between tasks and closures.
final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    init(_ value: Value) {
        mutex = Mutex(value)
    }

    func withLock<Result>(_ body: (inout sending Value) throws -> sending Result) rethrows -> sending Result {
        try mutex.withLock(body)
    }
}
