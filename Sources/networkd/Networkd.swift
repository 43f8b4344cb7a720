import ArgumentParser
import Logging
import NetworkDaemon

/// `networkd`: the co-operative membership network daemon.
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
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Configuration file.", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("PostgreSQL conninfo string or URI (libpq syntax).", valueName: "conninfo"))
    var database: String?

    @Option(name: .long, help: ArgumentHelp("Folder of NNNN_name.sql migrations.", valueName: "dir"))
    var migrations: String?

    @Option(name: .long, help: ArgumentHelp("Lowest level logged: trace, debug, info, notice, warning, error, critical.", valueName: "level"))
    var logLevel: String?

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
