import AdminProtocol
import Logging
import NetworkCore
import Synchronization

/// Re-reads the configuration (on `SIGHUP` or `daemon.reload`) and applies what can change
/// while running: the role mapping, the log level, the connection limits and the document
/// settings (`InvoiceDocuments` reads them for every document).
///
/// Reloads are serialised. A configuration that does not parse is refused and the running one
/// stays in force. systemd hears RELOADING=1 before and READY=1 after.
final class Reloader: Sendable {
    private let loader: ConfigurationLoader
    private let state: DaemonState
    private let notifier: SystemdNotifier
    private let logLevel: LogLevelControl
    private let logger: Logger
    private let lock = Mutex(())

    init(loader: ConfigurationLoader, state: DaemonState, notifier: SystemdNotifier, logLevel: LogLevelControl, logger: Logger) {
        self.loader = loader
        self.state = state
        self.notifier = notifier
        self.logLevel = logLevel
        self.logger = logger
    }

    /// Reloads now.
    ///
    /// - Returns: the keys applied and the keys that need a restart.
    /// - Throws: `NetworkError.validation` carrying the configuration error; nothing changes then.
    func reload() throws -> DaemonReload.Result {
        try lock.withLock { _ in
            notifier.reloading()
            defer { notifier.ready(status: "Serving; configuration reloaded") }
            let fresh: DaemonConfiguration
            do {
                fresh = try loader.load()
            } catch {
                logger.error("reload refused: configuration is invalid; keeping the running one", metadata: ["error": "\(error)"])
                throw NetworkError.invalid("configuration", "\(error)")
            }
            let old = state.configuration
            let oldValues = old.keyValues
            let newValues = fresh.keyValues
            let changed = newValues.keys.filter { oldValues[$0] != newValues[$0] }.sorted()
            let needsRestart = changed.filter { DaemonConfiguration.restartOnlyKeys.contains($0) }
            let applied = changed.filter { !DaemonConfiguration.restartOnlyKeys.contains($0) }
            // Keep restart-only values as they are running.
            var effective = fresh
            effective.database = old.database
            effective.socketPath = old.socketPath
            effective.socketMode = old.socketMode
            effective.migrationsDirectory = old.migrationsDirectory
            effective.migrateOnStart = old.migrateOnStart
            effective.poolSize = old.poolSize
            effective.pinEventLoops = old.pinEventLoops
            let mapper = state.replaceConfiguration(effective)
            logLevel.level = effective.logLevel
            for name in mapper.unresolved {
                logger.warning("configured \(name) does not exist; ignored")
            }
            logger.notice("configuration reloaded", metadata: [
                "applied": "\(applied.joined(separator: ","))", "needs.restart": "\(needsRestart.joined(separator: ","))",
            ])
            return DaemonReload.Result(applied: applied, needsRestart: needsRestart)
        }
    }
}
