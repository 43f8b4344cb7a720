import ArgumentParser
import Logging
import NetworkDaemon
import NetworkStore
import Postgres

/// `networkd migrate`: bring the schema up to date and exit.
///
/// Prints on stdout each migration it applied (or, with `--dry-run`, would apply) and the schema
/// version it left; diagnostics go to stderr. Exit codes: 0 up to date, 78 (`EX_CONFIG`) a
/// configuration that cannot be loaded, 75 (`EX_TEMPFAIL`) a PostgreSQL error worth retrying
/// (`PostgresError.isRetryable`: a lost connection, a serialisation failure), 1 any other failure, including an edited migration.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply pending schema migrations, then exit.",
        discussion: """
            Run it as the schema owner. Each migration runs in its own transaction and is recorded \
            with its checksum; concurrent runs wait for each other; a migration file edited after it \
            was applied stops everything with a message naming the file. Exit status 0 when the \
            schema is up to date.
            """)

    @OptionGroup var common: CommonOptions

    /// Still connects and reads the recorded versions; only the apply step is skipped.
    @Flag(name: .long, help: "Only list the migrations that would be applied.")
    var dryRun = false

    /// Loads the configuration, then runs the `Migrator` over a one-connection pool.
    ///
    /// The migrations come from the configured folder, else the first that `MigrationsLocator`
    /// finds, else `/usr/share/networkd/migrations`. The pool is closed on every
    /// path before the command exits.
    ///
    /// - Throws: `ExitCode(78)` when the configuration cannot be loaded (before any logging is set
    ///   up); `ExitCode.failure` for a `MigrationError`; `ExitCode(75)` or `.failure` for a
    ///   `PostgresError`, by whether it is retryable. Each after one line on stderr.
    func run() async throws {
        let loader = common.loader()
        let configuration: DaemonConfiguration
        do {
            configuration = try loader.load()
        } catch {
            StandardError.write("networkd: \(error)\n")
            throw ExitCode(78)
        }
        let (logger, _) = JournaldLogging.bootstrap(level: configuration.logLevel)
        let directory = configuration.migrationsDirectory ?? MigrationsLocator.locate() ?? "/usr/share/networkd/migrations"
        let pool = PostgresPool(configuration: PostgresConfiguration(conninfo: configuration.database, poolSize: 1), logger: logger)
        defer { Task { await pool.close() } }
        do {
            let migrations = try Migration.load(from: directory)
            let migrator = Migrator(pool: pool, migrations: migrations, logger: logger)
            let before = try await migrator.status()
            let done = try await migrator.migrate(dryRun: dryRun)
            if done.isEmpty {
                print("schema is up to date at version \(before.current) (\(migrations.count) migrations in \(directory))")
            } else {
                for migration in done {
                    print("\(dryRun ? "would apply" : "applied") \(migration.fileName)")
                }
                let target = done.last?.version ?? before.current
                print(dryRun ? "schema is at version \(before.current); \(done.count) pending" : "schema is now at version \(target)")
            }
            await pool.close()
        } catch let error as MigrationError {
            await pool.close()
            StandardError.write("networkd: \(error)\n")
            throw ExitCode.failure
        } catch let error as PostgresError {
            await pool.close()
            StandardError.write("networkd: PostgreSQL: \(error.serverMessageForOperators)\n")
            throw ExitCode(error.isRetryable ? 75 : 1)
        }
    }
}
