import Logging

/// Everything `networkd` is configured with, after the file, the environment and the flags have
/// been merged (flags win over the environment, which wins over the file).
///
/// Every key is documented in the README and in `deploy/networkd.conf`.
public struct DaemonConfiguration: Sendable, Equatable {
    /// libpq conninfo string or URI; empty means libpq's defaults (`PG*` variables, `.pgpass`).
    public var database: String = ""
    /// Path of the admin socket when systemd does not pass one in.
    public var socketPath: String = "/run/networkd/admin.sock"
    /// Mode of the admin socket file.
    public var socketMode: UInt32 = 0o660
    /// Folder of `NNNN_name.sql` migrations; `nil` means: look in the installed places.
    public var migrationsDirectory: String?
    /// Apply pending migrations at start instead of refusing to serve.
    public var migrateOnStart: Bool = false
    /// Maximum PostgreSQL connections.
    public var poolSize: Int = 8
    /// Serve the admin socket with one event loop per CPU, each pinned to its CPU
    /// (``EventLoopPlacement``), rather than with loops the kernel moves between CPUs.
    public var pinEventLoops: Bool = true
    /// Maximum concurrent admin-socket clients.
    public var maxConnections: Int = 64
    /// Of `maxConnections`, the slots only callers holding the operator role may take, so that a
    /// flood of other clients can never lock ops out (PostgreSQL's `superuser_reserved_connections`).
    public var operatorReservedConnections: Int = 3
    /// Maximum concurrent clients of one uid (operators exempt).
    public var maxConnectionsPerUID: Int = 16
    /// Lines one connection may have read but not yet answered; past it the daemon stops reading
    /// that connection until it has answered (backpressure: nothing is refused or dropped).
    public var maxRequestsInFlight: Int = 16
    /// Most calls in one JSON-RPC batch; a larger batch is refused whole (-32600).
    public var maxBatchCalls: Int = 100
    /// Largest single response (a batch: each of its answers), in bytes; a larger one is replaced
    /// by a `too_large` error (-32006) saying how to ask for less.
    public var maxResponseBytes: Int = 8_388_608
    /// Seconds a client may stay silent before it is disconnected.
    public var idleTimeoutSeconds: Int = 300
    /// Longest request line accepted, in bytes.
    public var maxLineBytes: Int = 1_048_576
    /// Users and groups (names or numeric ids) that hold the operator role.
    public var operatorUsers: [String] = []
    public var operatorGroups: [String] = []
    /// Users and groups that hold the secretariat role.
    public var secretariatUsers: [String] = []
    public var secretariatGroups: [String] = []
    /// Lowest level logged.
    public var logLevel: Logger.Level = .info
    /// Folder of override invoice templates (`invoice.mustache`, `credit-note.mustache`); a file
    /// that is not there means the built-in template.
    public var templatesDirectory: String = "/etc/networkd/templates"
    /// The `networkd-document` executable; `nil` means `InvoiceDocuments.Settings.defaultRenderer`
    /// (beside `networkd`, else `/usr/lib/networkd/networkd-document`).
    public var documentRenderer: String?
    /// The WeasyPrint executable that makes PDFs.
    public var weasyprint: String = "/usr/bin/weasyprint"
    /// Seconds WeasyPrint may take over one PDF before it is killed.
    public var pdfTimeoutSeconds: Int = 30
    /// The scheduler's and the e-mail sender's keys.
    public var scheduling = SchedulingConfiguration()

    public init() {}

    /// A boolean key's value: `true`, `yes`, `on`, `1` or their opposites, in any case; `nil`
    /// for anything else (each key says in its own words what it expected).
    static func boolean(_ value: String) -> Bool? {
        switch value.lowercased() {
        case "true", "yes", "on", "1": true
        case "false", "no", "off", "0": false
        default: nil
        }
    }

    /// Keys whose new value cannot be applied by a reload.
    public static let restartOnlyKeys: Set<String> = ["database", "socket", "socket_mode", "migrations", "migrate_on_start", "pool_size", "pin_event_loops"]

    /// The value of each key, as text, for computing what a reload changed.
    public var keyValues: [String: String] {
        [
            "database": database,
            "socket": socketPath,
            "socket_mode": String(socketMode, radix: 8),
            "migrations": migrationsDirectory ?? "",
            "migrate_on_start": String(migrateOnStart),
            "pool_size": String(poolSize),
            "pin_event_loops": String(pinEventLoops),
            "max_connections": String(maxConnections),
            "operator_reserved_connections": String(operatorReservedConnections),
            "max_connections_per_uid": String(maxConnectionsPerUID),
            "max_requests_in_flight": String(maxRequestsInFlight),
            "max_batch_calls": String(maxBatchCalls),
            "max_response_bytes": String(maxResponseBytes),
            "idle_timeout": String(idleTimeoutSeconds),
            "max_line_bytes": String(maxLineBytes),
            "operator_users": operatorUsers.joined(separator: ","),
            "operator_groups": operatorGroups.joined(separator: ","),
            "secretariat_users": secretariatUsers.joined(separator: ","),
            "secretariat_groups": secretariatGroups.joined(separator: ","),
            "log_level": logLevel.rawValue,
            "templates": templatesDirectory,
            "document_renderer": documentRenderer ?? "",
            "weasyprint": weasyprint,
            "pdf_timeout": String(pdfTimeoutSeconds),
        ].merging(scheduling.keyValues) { first, _ in first }
    }
}
