import Foundation
import Logging
import NetworkStore
import Postgres
import Testing

/// A database of the test cluster with every migration applied, made for one test.
public struct TestDatabase: Sendable {
    public let name: String
    public let conninfo: String
    public let cluster: TestCluster

    public init(name: String, conninfo: String, cluster: TestCluster) {
        self.name = name
        self.conninfo = conninfo
        self.cluster = cluster
    }

    /// The database of the test running now (set by the `.freshDatabase` trait).
    @TaskLocal public static var current: TestDatabase?

    /// The repository's `sql/migrations`, found from this file's path.
    public static var migrationsDirectory: String {
        let file = URL(fileURLWithPath: #filePath)
        return file.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("sql/migrations").path
    }

    /// The repository root.
    public static var repositoryRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }

    /// A new database with every migration applied (copied from a template migrated once per process).
    public static func fresh(in privateCluster: TestCluster? = nil) async throws -> TestDatabase {
        if let privateCluster {
            let name = try await privateCluster.createDatabase(template: nil)
            let database = TestDatabase(name: name, conninfo: privateCluster.conninfo(database: name), cluster: privateCluster)
            let pool = database.makePool(size: 1)
            try await Migrator(pool: pool, migrations: try Migration.load(from: migrationsDirectory), logger: Logger(label: "test"))
                .migrate()
            await pool.close()
            return database
        }
        let cluster = try await TestCluster.shared()
        let template = try await MigratedTemplate.shared.name(in: cluster)
        let name = try await cluster.createDatabase(template: template)
        return TestDatabase(name: name, conninfo: cluster.conninfo(database: name), cluster: cluster)
    }

    /// A new, empty database (no migrations), for migrator tests.
    public static func empty() async throws -> TestDatabase {
        let cluster = try await TestCluster.shared()
        let name = try await cluster.createDatabase(template: nil)
        return TestDatabase(name: name, conninfo: cluster.conninfo(database: name), cluster: cluster)
    }

    /// A pool on this database; close it at the end of the test.
    public func makePool(size: Int = 4) -> PostgresPool {
        PostgresPool(configuration: PostgresConfiguration(conninfo: conninfo, poolSize: size), logger: Logger(label: "test"))
    }

    /// Runs SQL through psql (outside our code), returning its unaligned output.
    public func psql(_ sql: String) throws -> String {
        try cluster.psql(sql, database: name)
    }
}

/// Migrates one template database per test process.
actor MigratedTemplate {
    static let shared = MigratedTemplate()
    private var task: Task<String, any Error>?

    func name(in cluster: TestCluster) async throws -> String {
        if let task { return try await task.value }
        let task = Task<String, any Error> {
            let name = try await cluster.createDatabase(template: nil)
            let pool = PostgresPool(
                configuration: PostgresConfiguration(conninfo: cluster.conninfo(database: name), poolSize: 1),
                logger: Logger(label: "template"))
            let migrator = Migrator(pool: pool, migrations: try Migration.load(from: TestDatabase.migrationsDirectory),
                                    logger: Logger(label: "template"))
            try await migrator.migrate()
            await pool.close()
            return name
        }
        self.task = task
        return try await task.value
    }
}

/// Gives each test its own freshly migrated database, in `TestDatabase.current`.
public struct FreshDatabaseTrait: TestTrait, SuiteTrait, TestScoping {
    public var isRecursive: Bool { true }

    public func provideScope(for test: Test, testCase: Test.Case?,
                             performing function: @Sendable () async throws -> Void) async throws {
        let database = try await TestDatabase.fresh()
        try await TestDatabase.$current.withValue(database) {
            try await function()
        }
    }
}

extension Trait where Self == FreshDatabaseTrait {
    /// `@Test(.freshDatabase)`: the test runs with its own migrated database in `TestDatabase.current`.
    public static var freshDatabase: Self { Self() }
}

extension TestDatabase {
    /// The current test's database.
    ///
    /// - Throws: when the test lacks the `.freshDatabase` trait.
    public static func require() throws -> TestDatabase {
        guard let current else {
            struct MissingTrait: Error, CustomStringConvertible {
                var description: String { "this test needs @Test(.freshDatabase)" }
            }
            throw MissingTrait()
        }
        return current
    }
}
