import Foundation
import Logging
import NetworkStore
import NetworkTestSupport
import Postgres
import Testing

@Suite("Schema migrations")
struct MigratorTests {
    let logger = Logger(label: "migrator-test")

    /// A copy of the real migrations in a temp folder, to edit or extend.
    func copyOfMigrations() throws -> String {
        let directory = try makeTemporaryDirectory(prefix: "migrations")
        for name in try FileManager.default.contentsOfDirectory(atPath: TestDatabase.migrationsDirectory) {
            try FileManager.default.copyItem(atPath: TestDatabase.migrationsDirectory + "/" + name, toPath: directory + "/" + name)
        }
        return directory
    }

    @Test func freshDatabaseGetsEveryMigrationInOrder() async throws {
        let database = try await TestDatabase.empty()
        let pool = database.makePool(size: 1)
        let migrations = try Migration.load(from: TestDatabase.migrationsDirectory)
        let migrator = Migrator(pool: pool, migrations: migrations, logger: logger)
        let before = try await migrator.status()
        #expect(before.current == 0)
        #expect(before.pending.map(\.version) == migrations.map(\.version))
        let applied = try await migrator.migrate()
        #expect(applied.count == migrations.count)
        let after = try await migrator.status()
        #expect(after.isUpToDate)
        #expect(after.current == migrations.last?.version)
        let recorded = try database.psql("SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_migrations")
        #expect(recorded.trimmingCharacters(in: .whitespacesAndNewlines) == migrations.map { String($0.version) }.joined(separator: ","))
        await pool.close()
    }

    /// Migration 0012 on a database that already holds rows starts each counter from what its
    /// table holds, by the counter's own condition.
    @Test func statusCountersStartFromTheRowsAlreadyThere() async throws {
        let database = try await TestDatabase.empty()
        let directory = try copyOfMigrations()
        try FileManager.default.removeItem(atPath: directory + "/0012_status_counts.sql")
        let pool = database.makePool(size: 1)
        _ = try await Migrator(pool: pool, migrations: try Migration.load(from: directory), logger: logger).migrate()
        _ = try database.psql("""
            INSERT INTO member (name, kind, tier, status, nation, member_since, population, budget_revenue, budget_capital)
            SELECT 'Before ' || g, 'unitary', 'full', (ARRAY['active', 'lapsed', 'resigned', 'suspended', 'active'])[g], 'england',
                   '2024-01-01', 1, 1, 1
            FROM generate_series(1, 5) AS g
            """)
        try await pool.withConnection { connection in
            for request in ["r1", "r2"] {
                try AuditStore.append(AuditRecord(requestID: request, actor: "uid:0", role: "operator", method: "daemon.reload",
                                                  target: "daemon", beforeJSON: nil, afterJSON: "{}"), on: connection)
            }
        }
        _ = try await Migrator(pool: pool, migrations: try Migration.load(from: TestDatabase.migrationsDirectory), logger: logger).migrate()
        let (kept, counted) = try await pool.withConnection { connection in
            (try connection.run(StatusCountStore.counts(["currentMembers", "auditEntries", "openApplications"])),
             ["currentMembers": try connection.run(MemberStore.currentCount), "auditEntries": try connection.run(AuditStore.count),
              "openApplications": try connection.run(ApplicationStore.openCount)])
        }
        #expect(kept == counted)
        #expect(kept == ["currentMembers": 4, "auditEntries": 2, "openApplications": 0])
        await pool.close()
    }

    @Test func upToDateDatabaseIsLeftAlone() async throws {
        let database = try await TestDatabase.fresh()
        let pool = database.makePool(size: 1)
        let migrator = Migrator(pool: pool, migrations: try Migration.load(from: TestDatabase.migrationsDirectory), logger: logger)
        let appliedAt = try database.psql("SELECT max(applied_at) FROM schema_migrations")
        #expect(try await migrator.migrate().isEmpty)
        #expect(try await migrator.migrate(dryRun: true).isEmpty)
        #expect(try database.psql("SELECT max(applied_at) FROM schema_migrations") == appliedAt)
        await pool.close()
    }

    @Test func dryRunListsPendingAndChangesNothing() async throws {
        let database = try await TestDatabase.empty()
        let pool = database.makePool(size: 1)
        let migrator = Migrator(pool: pool, migrations: try Migration.load(from: TestDatabase.migrationsDirectory), logger: logger)
        let pending = try await migrator.migrate(dryRun: true)
        #expect(!pending.isEmpty)
        #expect(try database.psql("SELECT to_regclass('schema_migrations') IS NULL").contains("t"))
        await pool.close()
    }

    @Test func editedAppliedMigrationStopsEverythingNamingTheFile() async throws {
        let database = try await TestDatabase.fresh()
        let directory = try copyOfMigrations()
        let file = directory + "/0002_network.sql"
        try (String(contentsOfFile: file, encoding: .utf8) + "\n-- an innocent edit\n").write(toFile: file, atomically: true, encoding: .utf8)
        let pool = database.makePool(size: 1)
        let migrator = Migrator(pool: pool, migrations: try Migration.load(from: directory), logger: logger)
        await #expect {
            try await migrator.migrate()
        } throws: { error in
            guard case MigrationError.modified(let fileName, _, _) = error else { return false }
            return fileName == "0002_network.sql" && "\(error)".contains("0002_network.sql")
        }
        await pool.close()
    }

    @Test func failingMigrationIsRolledBackWhole() async throws {
        let database = try await TestDatabase.fresh()
        let directory = try copyOfMigrations()
        try "CREATE TABLE half_done (id int);\nSELECT no_such_function();\n"
            .write(toFile: directory + "/0099_broken.sql", atomically: true, encoding: .utf8)
        let pool = database.makePool(size: 1)
        let migrator = Migrator(pool: pool, migrations: try Migration.load(from: directory), logger: logger)
        await #expect {
            try await migrator.migrate()
        } throws: { error in
            guard case MigrationError.failed(let fileName, _) = error else { return false }
            return fileName == "0099_broken.sql"
        }
        #expect(try database.psql("SELECT to_regclass('half_done') IS NULL").contains("t"))
        #expect(try database.psql("SELECT count(*) FROM schema_migrations WHERE version = 99").contains("0"))
        await pool.close()
    }

    @Test func schemaNewerThanTheFilesIsRefused() async throws {
        let database = try await TestDatabase.fresh()
        let directory = try copyOfMigrations()
        try FileManager.default.removeItem(atPath: directory + "/0002_network.sql")
        let pool = database.makePool(size: 1)
        let migrator = Migrator(pool: pool, migrations: try Migration.load(from: directory), logger: logger)
        await #expect(throws: MigrationError.unknownApplied(version: 2, name: "network")) {
            try await migrator.status()
        }
        await pool.close()
    }

    @Test func concurrentStartsSerialiseAndApplyEachMigrationOnce() async throws {
        let database = try await TestDatabase.empty()
        let migrations = try Migration.load(from: TestDatabase.migrationsDirectory)
        let logger = self.logger
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    let pool = database.makePool(size: 1)
                    let applied = try await Migrator(pool: pool, migrations: migrations, logger: logger).migrate()
                    await pool.close()
                    return applied.count
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(results.reduce(0, +) == migrations.count, "each migration applied exactly once across all runs: \(results)")
        #expect(try database.psql("SELECT count(*) FROM schema_migrations").contains(String(migrations.count)))
    }

    /// Roles are cluster-wide: the first migrations of several databases of one new cluster race
    /// to create `networkd_daemon`. Every one of them must still succeed.
    @Test func firstMigrationsOfSeveralDatabasesOnOneNewClusterAllSucceed() async throws {
        let cluster = try await TestCluster.makePrivate()
        defer { cluster.stop() }
        let migrations = try Migration.load(from: TestDatabase.migrationsDirectory)
        let logger = self.logger
        var names: [String] = []
        for _ in 0..<4 { names.append(try await cluster.createDatabase()) }
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for name in names {
                group.addTask {
                    let pool = PostgresPool(configuration: PostgresConfiguration(conninfo: cluster.conninfo(database: name), poolSize: 1),
                                            logger: logger)
                    let applied = try await Migrator(pool: pool, migrations: migrations, logger: logger).migrate()
                    await pool.close()
                    return applied.count
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(results == Array(repeating: migrations.count, count: names.count), "every database got every migration: \(results)")
    }

    @Test(arguments: ["1_x.sql", "0001-x.sql", "0001_X.sql", "abcd_x.sql", "0001_.sql"])
    func badFileNamesAreRefused(name: String) throws {
        let directory = try makeTemporaryDirectory(prefix: "badnames")
        try "SELECT 1;".write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
        #expect(throws: MigrationError.badFileName(name)) { try Migration.load(from: directory) }
    }
}

@Suite("The audit trail", .freshDatabase)
struct AuditTrailTests {
    @Test func auditRowsCannotBeUpdatedDeletedOrTruncated() async throws {
        let database = try TestDatabase.require()
        let pool = database.makePool(size: 1)
        try await pool.withConnection { connection in
            try AuditStore.append(AuditRecord(requestID: "r1", actor: "uid:0", role: "operator", method: "daemon.reload",
                                              target: "daemon", beforeJSON: nil, afterJSON: "{}"), on: connection)
        }
        for statement in ["UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log"] {
            await #expect {
                try await pool.withConnection { try $0.execute(SQL(unsafe: statement)) }
            } throws: { error in
                (error as? PostgresError)?.code == .insufficientPrivilege
            }
        }
        let count = try await pool.withConnection { try $0.run(AuditStore.count) }
        #expect(count == 1)
        await pool.close()
    }

    @Test func listPagesNewestFirstWithoutGapsOrRepeats() async throws {
        let database = try TestDatabase.require()
        let pool = database.makePool(size: 1)
        try await pool.withConnection { connection in
            for index in 0..<25 {
                try AuditStore.append(AuditRecord(requestID: "r\(index)", actor: index % 2 == 0 ? "uid:0" : "uid:1000",
                                                  role: "secretariat", method: "network.update", target: "network",
                                                  beforeJSON: nil, afterJSON: "{\"n\":\(index)}"), on: connection)
            }
        }
        var seen: [Int64] = []
        var cursor: Int64?
        repeat {
            let filter = AuditFilter(limit: 10, before: cursor)
            let page = try await pool.withConnection { try AuditStore.list(filter, on: $0) }
            seen += page.records.map(\.id)
            cursor = page.hasMore ? page.records.last?.id : nil
        } while cursor != nil
        #expect(seen.count == 25)
        #expect(seen == seen.sorted(by: >))
        #expect(Set(seen).count == 25)
        let filtered = try await pool.withConnection { try AuditStore.list(AuditFilter(limit: 100, actor: "uid:1000"), on: $0) }
        #expect(filtered.records.count == 12)
        await pool.close()
    }

    @Test func theDaemonRoleHasNoWayToRewriteHistory() async throws {
        let database = try TestDatabase.require()
        let privileges = try database.psql("""
            SELECT string_agg(privilege_type, ',' ORDER BY privilege_type) FROM information_schema.role_table_grants
            WHERE grantee = 'networkd_daemon' AND table_name = 'audit_log'
            """)
        #expect(privileges.trimmingCharacters(in: .whitespacesAndNewlines) == "INSERT,SELECT")
    }
}
