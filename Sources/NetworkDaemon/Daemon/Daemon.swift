#if canImport(Glibc)
import Glibc
#endif
import AdminProtocol
import Logging
import NetworkStore
import Postgres
import ServiceLifecycle
import UnixSignals

/// A whole networkd: checks the schema, then runs the admin socket, the watchdog, the reload
/// signal handler, the audit listener and change feed, the scheduler and the outbox sender in
/// one `ServiceGroup` until SIGTERM or SIGINT, then drains and closes the pool.
///
/// The `networkd` executable and the tests build the same thing.
public final class Daemon: Sendable {
    /// Why the daemon could not start.
    public enum StartError: Error, CustomStringConvertible {
        case database(String)
        case schema(MigrationError)

        public var description: String {
            switch self {
            case .database(let message): "cannot reach PostgreSQL: \(message)"
            case .schema(let error): error.description
            }
        }
    }

    let loader: ConfigurationLoader
    let configuration: DaemonConfiguration
    let environment: [String: String]
    let logger: Logger
    let logLevel: LogLevelControl
    /// How long start-up waits for PostgreSQL to accept connections.
    let databaseWait: Duration

    public init(configuration: DaemonConfiguration, loader: ConfigurationLoader, environment: [String: String],
                logger: Logger, logLevel: LogLevelControl, databaseWait: Duration = .seconds(30)) {
        self.configuration = configuration
        self.loader = loader
        self.environment = environment
        self.logger = logger
        self.logLevel = logLevel
        self.databaseWait = databaseWait
    }

    /// The daemon's areas, one handler type each, in `MethodCatalog.areas` order.
    public static let areas: [any AreaHandlers.Type] = [
        DaemonHandlers.self,
        AuditHandlers.self,
        NetworkHandlers.self,
        TierHandlers.self,
        MemberHandlers.self,
        ApplicationHandlers.self,
        ContactHandlers.self,
        TokenHandlers.self,
        SessionHandlers.self,
        YearHandlers.self,
        BillingHandlers.self,
        FeesHandlers.self,
        InvoiceHandlers.self,
        PaymentHandlers.self,
        ReportHandlers.self,
        JobHandlers.self,
        RenewalHandlers.self,
        OutboxHandlers.self,
    ]

    /// Every method the daemon serves, area by area; traps when that is not exactly
    /// `MethodCatalog.all` (see ``MethodRegistry/verify(against:)``).
    public static func makeRegistry() -> MethodRegistry {
        var registry = MethodRegistry()
        for area in areas { area.register(into: &registry) }
        registry.verify()
        return registry
    }

    /// The daemon's request path on `pool` — its state, services, registry and dispatcher —
    /// built exactly as ``run()`` builds it. Tests drive the returned dispatcher directly, so
    /// they exercise the daemon's own wiring, not a copy.
    public static func requestPath(
        pool: PostgresPool, configuration: DaemonConfiguration, loader: ConfigurationLoader, notifier: SystemdNotifier,
        logLevel: LogLevelControl, logger: Logger, startedAtText: String, schemaVersion: Int, schemaExpected: Int
    ) -> (DaemonServices, RequestDispatcher) {
        let state = DaemonState(version: NetworkdVersion.current, configuration: configuration, startedAtText: startedAtText)
        state.schemaVersion = schemaVersion
        let reloader = Reloader(loader: loader, state: state, notifier: notifier, logLevel: logLevel, logger: logger)
        // Read from the live configuration for every document, so a reload applies to the next.
        let documents = InvoiceDocuments { InvoiceDocuments.Settings(state.configuration) }
        let services = DaemonServices(pool: pool, state: state, notifier: notifier, connections: ConnectionRegistry(),
                                      reloader: reloader, schemaExpected: schemaExpected, invoiceDocuments: documents,
                                      logger: logger)
        return (services, RequestDispatcher(registry: makeRegistry(), services: services, logger: logger))
    }

    /// Runs until shut down.
    ///
    /// - Throws: `StartError` when PostgreSQL stays unreachable or the schema cannot be served.
    public func run() async throws {
        let notifier = SystemdNotifier(environment: environment)
        let listen = SocketActivation.listenDescriptors(environment: environment)
        let pool = PostgresPool(
            configuration: PostgresConfiguration(conninfo: configuration.database, poolSize: configuration.poolSize),
            logger: logger)
        do {
            let schemaVersion = try await prepareSchema(pool: pool, notifier: notifier)
            let migrationsLatest = schemaVersion.latest
            let (services, dispatcher) = Self.requestPath(
                pool: pool, configuration: configuration, loader: loader, notifier: notifier, logLevel: logLevel,
                logger: logger, startedAtText: try await Self.serverNow(pool), schemaVersion: schemaVersion.current,
                schemaExpected: migrationsLatest)
            let state = services.state
            let reloader = services.reloader
            for name in state.roleMapper.unresolved {
                logger.warning("configured \(name) does not exist; ignored")
            }
            let logger = self.logger
            let server = AdminServer(services: services, dispatcher: dispatcher, listenDescriptor: listen.first, logger: logger) { socket in
                notifier.ready(status: "Serving on \(socket); schema version \(schemaVersion.current)")
            }
            // Shut down in reverse order: the server drains first, while the watchdog keeps pinging.
            var groupServices: [ServiceGroupConfiguration.ServiceConfiguration] = []
            if let watchdog = WatchdogService(environment: environment, notifier: notifier, pid: getpid()) {
                groupServices.append(.init(service: watchdog))
            }
            groupServices.append(.init(service: ReloadSignalService(reloader: reloader, logger: logger)))
            // One listener on the audit trail's channel for the whole daemon, fanned out by the feed.
            let feed = services.changes
            let listener = PostgresListener(
                configuration: PostgresConfiguration(conninfo: configuration.database, poolSize: 1),
                channels: [AuditStore.notificationChannel], logger: logger, onListening: { feed.kick() })
            groupServices.append(.init(service: listener))
            groupServices.append(.init(service: ChangeFeedService(feed: feed, listener: listener)))
            groupServices.append(.init(service: SchedulerService(scheduler: services.scheduler)))
            groupServices.append(.init(service: OutboxSenderService(sender: services.mail)))
            groupServices.append(.init(service: StatusCountFoldingService(pool: pool, logger: logger)))
            groupServices.append(.init(service: server))
            var groupConfiguration = ServiceGroupConfiguration(services: groupServices, logger: logger)
            groupConfiguration.gracefulShutdownSignals = [.sigterm, .sigint]
            let group = ServiceGroup(configuration: groupConfiguration)
            try await group.run()
        } catch {
            await pool.close()
            throw error
        }
        await pool.close()
        logger.notice("stopped")
    }

    /// Waits for PostgreSQL, then checks (and with `migrate_on_start`, applies) the migrations.
    private func prepareSchema(pool: PostgresPool, notifier: SystemdNotifier) async throws -> MigrationStatus {
        let directory = configuration.migrationsDirectory ?? MigrationsLocator.locate() ?? "/usr/share/networkd/migrations"
        let migrations: [Migration]
        do {
            migrations = try Migration.load(from: directory)
        } catch let error as MigrationError {
            throw StartError.schema(error)
        }
        let migrator = Migrator(pool: pool, migrations: migrations, logger: logger)
        let deadline = ContinuousClock.now + databaseWait
        var delay = Duration.milliseconds(200)
        while true {
            do {
                var status = try await migrator.status()
                if !status.isUpToDate {
                    guard configuration.migrateOnStart else {
                        throw StartError.schema(.behind(current: status.current, latest: status.latest,
                                                        pending: status.pending.map(\.fileName)))
                    }
                    notifier.status("Applying \(status.pending.count) migrations")
                    try await migrator.migrate()
                    status = try await migrator.status()
                }
                return status
            } catch let error as MigrationError {
                throw StartError.schema(error)
            } catch let error as PostgresError where error.isRetryable && ContinuousClock.now < deadline {
                notifier.status("Waiting for PostgreSQL: \(error.message)")
                logger.warning("PostgreSQL is not reachable yet; retrying", metadata: ["error": "\(error.message)"])
                try await Task.sleep(for: delay)
                delay = min(delay * 2, .seconds(5))
            } catch let error as PostgresError {
                throw StartError.database(error.serverMessageForOperators)
            }
        }
    }

    private static func serverNow(_ pool: PostgresPool) async throws -> String {
        try await pool.withConnection { connection in
            try connection.query("SELECT to_json(now()) #>> '{}' AS now").first?.decode("now", as: String.self) ?? ""
        }
    }
}

/// Reloads the configuration on SIGHUP.
struct ReloadSignalService: Service {
    let reloader: Reloader
    let logger: Logger

    func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        await cancelWhenGracefulShutdown {
            for await _ in signals {
                logger.notice("SIGHUP: reloading configuration")
                _ = try? reloader.reload()
            }
        }
    }
}
