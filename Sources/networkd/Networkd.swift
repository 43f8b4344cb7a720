import ArgumentParser
import Logging
import NetworkDaemon

/// `networkd`: the co-operative membership network daemon.
///
/// A thin executable: it parses flags and hands over to `NetworkDaemon`, which builds the service
/// group. Without a subcommand it runs `serve`.
@main
struct Networkd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "networkd",
        abstract: "The co-operative membership network daemon: JSON-RPC admin socket over PostgreSQL.",
        discussion: """
            Without a subcommand, networkd serves: it checks the schema, listens on the admin socket \
            (or the socket systemd passes in) and runs until SIGTERM, which drains requests in flight \
            and exits 0. SIGHUP re-reads the configuration.

            Settings come from the configuration file (default \(ConfigurationLoader.defaultPath)), then \
            the environment (NETWORKD_DATABASE, NETWORKD_SOCKET, NETWORKD_MIGRATIONS, NETWORKD_LOG_LEVEL, \
            NETWORKD_CONFIG), then these flags. PostgreSQL settings are libpq's own: a conninfo string or \
            URI, PG* variables, ~/.pgpass.

            Examples:
              networkd --config /etc/networkd/networkd.conf
              networkd --database 'host=/run/postgresql dbname=networkd' --socket /tmp/networkd.sock
              networkd migrate --database postgresql://networkd_owner@db/networkd --dry-run
            """,
        version: NetworkdVersion.current,
        subcommands: [Serve.self, Migrate.self],
        defaultSubcommand: Serve.self
    )
}

/// Options shared by every subcommand.
///
/// Each flag given becomes an override in the `ConfigurationLoader`, so it wins over the
/// environment and the configuration file; a flag left out leaves those sources alone.
struct CommonOptions: ParsableArguments {
    /// When not given, `NETWORKD_CONFIG`, else `ConfigurationLoader.defaultPath`; a file named
    /// either way must exist, while the default may be missing.
    @Option(name: .long, help: ArgumentHelp("Configuration file.", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("PostgreSQL conninfo string or URI (libpq syntax).", valueName: "conninfo"))
    var database: String?

    @Option(name: .long, help: ArgumentHelp("Folder of NNNN_name.sql migrations.", valueName: "dir"))
    var migrations: String?

    @Option(name: .long, help: ArgumentHelp("Lowest level logged: trace, debug, info, notice, warning, error, critical.", valueName: "level"))
    var logLevel: String?

    /// The process environment: the loader reads the `NETWORKD_*` settings from it, the daemon
    /// systemd's variables (socket activation, readiness and watchdog notification).
    var environment: [String: String] { ProcessEnvironment.all }

    /// The loader for the file, environment and these flags.
    func loader(extra: [String: String] = [:]) -> ConfigurationLoader {
        var overrides = extra
        if let database { overrides["database"] = database }
        if let migrations { overrides["migrations"] = migrations }
        if let logLevel { overrides["log_level"] = logLevel }
        let environment = self.environment
        let explicit = config ?? environment["NETWORKD_CONFIG"]
        return ConfigurationLoader(filePath: explicit ?? ConfigurationLoader.defaultPath, fileIsExplicit: explicit != nil,
                                   environment: environment, overrides: overrides)
    }
}
