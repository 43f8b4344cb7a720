import ArgumentParser
import Logging
import NetworkDaemon

/// `networkd serve`: run the daemon (the default).
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the daemon (the default when no subcommand is given).")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("Admin socket path (ignored when systemd passes a socket).", valueName: "path"))
    var socket: String?

    @Flag(name: .long, help: "Apply pending migrations at start instead of refusing to serve.")
    var migrateOnStart = false

    func run() async throws {
        var extra: [String: String] = [:]
        if let socket { extra["socket"] = socket }
        if migrateOnStart { extra["migrate_on_start"] = "true" }
        let loader = common.loader(extra: extra)
        let configuration: DaemonConfiguration
        do {
            configuration = try loader.load()
        } catch {
            FileHandleStandardError.write("networkd: \(error)\n")
            throw ExitCode(78)  // EX_CONFIG
        }
        let (logger, control) = Logging.bootstrapJournald(level: configuration.logLevel)
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
