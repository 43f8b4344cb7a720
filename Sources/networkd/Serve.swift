import ArgumentParser
import Logging
import NetworkDaemon

/// `networkd serve`: run the daemon (the default).
///
/// Runs until SIGTERM, then exits 0 once requests in flight have drained; everything it has to
/// say goes to the log on stderr, none of it to stdout. Exit codes: 78 (`EX_CONFIG`) for a
/// configuration that cannot be loaded, 1 when the daemon cannot start (see `Daemon.StartError`).
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the daemon (the default when no subcommand is given).")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("Admin socket path (ignored when systemd passes a socket).", valueName: "path"))
    var socket: String?

    /// Passed on as the `migrate_on_start` setting, so it overrides the file and the environment.
    @Flag(name: .long, help: "Apply pending migrations at start instead of refusing to serve.")
    var migrateOnStart = false

    /// Loads the configuration (with `--socket` and `--migrate-on-start` as overrides),
    /// bootstraps logging, then hands over to `Daemon.run()`, which serves until shut down.
    ///
    /// The loader goes to the daemon too, so that SIGHUP re-reads the same sources.
    ///
    /// - Throws: `ExitCode(78)` after one line on stderr when the configuration cannot be loaded;
    ///   `ExitCode.failure` after logging the reason at critical when the daemon cannot start.
    func run() async throws {
        var extra: [String: String] = [:]
        if let socket { extra["socket"] = socket }
        if migrateOnStart { extra["migrate_on_start"] = "true" }
        let loader = common.loader(extra: extra)
        let configuration: DaemonConfiguration
        do {
            configuration = try loader.load()
        } catch {
            StandardError.write("networkd: \(error)\n")
            throw ExitCode(78)  // EX_CONFIG
        }
        let (logger, control) = JournaldLogging.bootstrap(level: configuration.logLevel)
        let daemon = Daemon(configuration: configuration, loader: loader, environment: common.environment,
                            logger: logger, logLevel: control)
        do {
            try await daemon.run()
        } catch let error as Daemon.StartError {
            logger.critical("cannot start: \(error)")
            throw ExitCode.failure
        }
    }
}
