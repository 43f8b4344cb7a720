#if canImport(Glibc)
import Glibc
#endif
import Logging
import Postgres

/// Brings the schema up to date from `sql/migrations`, and tells the daemon whether it may serve.
///
/// - Each pending migration runs in its own transaction together with its `schema_migrations`
///   row, so a failure leaves the schema at the previous version.
/// - Concurrent runs (two daemons starting at once, or `networkd migrate` racing a daemon)
///   serialise on a session advisory lock; the second finds nothing left to do.
/// - An applied migration whose file has changed stops everything with a message naming the file.
public struct Migrator: Sendable {
    /// The advisory-lock key every networkd uses while migrating ("networkd" in ASCII).
    public static let advisoryLockKey: Int64 = 0x6E65_7477_6F72_6B64

    public let migrations: [Migration]
    private let pool: PostgresPool
    private let logger: Logger

    public init(pool: PostgresPool, migrations: [Migration], logger: Logger) {
        self.pool = pool
        self.migrations = migrations
        self.logger = logger
    }

    /// The newest version this daemon ships.
    public var latestVersion: Int { migrations.last?.version ?? 0 }

    /// What is applied and what is pending.
    ///
    /// - Throws: `MigrationError.modified` or `.unknownApplied` when the database and the files
    ///   disagree; `PostgresError` when the database cannot be read.
    public func status() async throws -> MigrationStatus {
        let migrations = self.migrations
        return try await pool.withConnection { connection in
            try Self.readStatus(connection, migrations: migrations)
        }
    }

    /// Applies every pending migration (or, with `dryRun`, only reports them).
    ///
    /// - Returns: the migrations applied (or that would be applied).
    /// - Throws: `MigrationError` naming the file on a checksum mismatch or a failed migration.
    @discardableResult
    public func migrate(dryRun: Bool = false) async throws -> [Migration] {
        let migrations = self.migrations
        let logger = self.logger
        return try await pool.withConnection { connection in
            try connection.execute("SELECT pg_advisory_lock(\(Self.advisoryLockKey))")
            defer { _ = try? connection.execute("SELECT pg_advisory_unlock(\(Self.advisoryLockKey))") }
            let status = try Self.readStatus(connection, migrations: migrations)
            if dryRun { return status.pending }
            for migration in status.pending {
                var attempt = 1
                while true {
                    do {
                        try Self.apply(migration, on: connection, logger: logger, raceIsRetryable: attempt < 3)
                        break
                    } catch let error as PostgresError where Self.racedOnClusterObject(error) {
                        // Roles are cluster-wide: another database's first migration created the
                        // same role between our check and our CREATE. Ours rolled back whole;
                        // run it again, now seeing the role.
                        logger.info("migration raced on a cluster-wide object; retrying",
                                    metadata: ["migration": "\(migration.fileName)", "attempt": "\(attempt)"])
                        attempt += 1
                        usleep(UInt32(50_000 * attempt))
                    }
                }
            }
            return status.pending
        }
    }

    /// A failure that another database's concurrent migration of the same cluster causes: a
    /// duplicate role (`pg_authid`) or other duplicate cluster object.
    static func racedOnClusterObject(_ error: PostgresError) -> Bool {
        error.code == .duplicateObject || (error.code == .uniqueViolation && error.constraint == "pg_authid_rolname_index")
    }

    /// Applies one migration in its own transaction and records it.
    ///
    /// - Throws: the `PostgresError` itself when it raced on a cluster-wide object (the caller
    ///   retries), else `MigrationError.failed` naming the file.
    private static func apply(_ migration: Migration, on connection: PostgresConnection, logger: Logger, raceIsRetryable: Bool) throws {
        let started = ContinuousClock.now
        do {
            try connection.execute("BEGIN")
            try connection.executeScript(migration.sql)
            let elapsed = ContinuousClock.now - started
            let milliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
            try connection.execute("""
                INSERT INTO schema_migrations (version, name, checksum, duration_ms)
                VALUES (\(migration.version), \(migration.name), encode(sha256(convert_to(\(migration.sql), 'UTF8')), 'hex'), \(milliseconds))
                """)
            try connection.execute("COMMIT")
            logger.notice("applied migration", metadata: ["migration": "\(migration.fileName)", "duration.ms": "\(milliseconds)"])
        } catch {
            _ = try? connection.execute("ROLLBACK")
            if raceIsRetryable, let error = error as? PostgresError, racedOnClusterObject(error) { throw error }
            let message = (error as? PostgresError).map { $0.serverMessageForOperators } ?? "\(error)"
            throw MigrationError.failed(fileName: migration.fileName, message: message)
        }
    }

    /// Reads `schema_migrations` (absent before the first migration) and compares it with the files.
    static func readStatus(_ connection: PostgresConnection, migrations: [Migration]) throws -> MigrationStatus {
        let exists = try connection.query("SELECT to_regclass('schema_migrations') IS NOT NULL AS present")
        let present = try exists.first?.decode("present", as: Bool.self) ?? false
        var applied: [AppliedMigration] = []
        if present {
            let rows = try connection.query("""
                SELECT version, name, checksum, to_json(applied_at) #>> '{}' AS applied_at
                FROM schema_migrations ORDER BY version
                """)
            for row in rows {
                applied.append(AppliedMigration(
                    version: try row.decode("version"), name: try row.decode("name"),
                    checksum: try row.decode("checksum"), appliedAt: try row.decode("applied_at")))
            }
        }
        // Checksums of the files, computed by the server exactly as they were recorded.
        var fileChecksums: [Int: String] = [:]
        for migration in migrations where applied.contains(where: { $0.version == migration.version }) {
            let row = try connection.query("SELECT encode(sha256(convert_to(\(migration.sql), 'UTF8')), 'hex') AS sum")
            fileChecksums[migration.version] = try row.first?.decode("sum", as: String.self)
        }
        for record in applied {
            guard let file = migrations.first(where: { $0.version == record.version }) else {
                throw MigrationError.unknownApplied(version: record.version, name: record.name)
            }
            if fileChecksums[record.version] != record.checksum {
                throw MigrationError.modified(fileName: file.fileName, appliedChecksum: record.checksum,
                                              fileChecksum: fileChecksums[record.version] ?? "")
            }
        }
        let appliedVersions = Set(applied.map(\.version))
        let pending = migrations.filter { !appliedVersions.contains($0.version) }
        return MigrationStatus(applied: applied, pending: pending, latest: migrations.last?.version ?? 0)
    }
}

/// A row of `schema_migrations`.
public struct AppliedMigration: Sendable, Hashable {
    public var version: Int
    public var name: String
    public var checksum: String
    public var appliedAt: String
}

/// The schema compared with the migration files.
public struct MigrationStatus: Sendable, Hashable {
    public var applied: [AppliedMigration]
    public var pending: [Migration]
    /// The newest migration the files ship.
    public var latest: Int

    /// The newest applied version, 0 for an empty database.
    public var current: Int { applied.last?.version ?? 0 }
    public var isUpToDate: Bool { pending.isEmpty }
}
