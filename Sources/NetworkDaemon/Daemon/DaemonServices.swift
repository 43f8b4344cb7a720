import Logging
import Postgres

/// The long-lived parts of a running daemon that method handlers use.
public final class DaemonServices: Sendable {
    public let pool: PostgresPool
    public let state: DaemonState
    public let notifier: SystemdNotifier
    let connections: ConnectionRegistry
    let reloader: Reloader
    /// The newest migration this daemon ships.
    public let schemaExpected: Int
    /// Invoice and credit-note documents, and the check issuing runs before a number is kept.
    public let invoiceDocuments: InvoiceDocuments
    /// The jobs: run by the scheduler service, and by `job.run` and `renewal.run`.
    public let scheduler: Scheduler
    /// The e-mail sender: run by its service, its settings read from the live configuration.
    public let mail: OutboxSender
    /// The live feed of the audit trail for `audit.watch`: run by ``ChangeFeedService``.
    public let changes: ChangeFeed

    init(pool: PostgresPool, state: DaemonState, notifier: SystemdNotifier, connections: ConnectionRegistry,
         reloader: Reloader, schemaExpected: Int, invoiceDocuments: InvoiceDocuments, logger: Logger) {
        self.invoiceDocuments = invoiceDocuments
        self.scheduler = Scheduler(pool: pool, state: state, documents: invoiceDocuments, logger: logger)
        self.changes = ChangeFeed(pool: pool, logger: logger)
        self.mail = OutboxSender(pool: pool, state: state, documents: invoiceDocuments, holder: scheduler.holder, logger: logger)
        self.pool = pool
        self.state = state
        self.notifier = notifier
        self.connections = connections
        self.reloader = reloader
        self.schemaExpected = schemaExpected
    }
}
