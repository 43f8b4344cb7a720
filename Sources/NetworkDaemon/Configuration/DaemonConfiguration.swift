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
    /// Maximum concurrent admin-socket clients.
    public var maxConnections: Int = 64
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

    public init() {}

    /// Keys whose new value cannot be applied by a reload.
    public static let restartOnlyKeys: Set<String> = ["database", "socket", "socket_mode", "migrations", "migrate_on_start", "pool_size"]

    /// The value of each key, as text, for computing what a reload changed.
    public var keyValues: [String: String] {
        [
            "database": database,
            "socket": socketPath,
            "socket_mode": String(socketMode, radix: 8),
            "migrations": migrationsDirectory ?? "",
            "migrate_on_start": String(migrateOnStart),
            "pool_size": String(poolSize),
            "max_connections": String(maxConnections),
            "idle_timeout": String(idleTimeoutSeconds),
            "max_line_bytes": String(maxLineBytes),
            "operator_users": operatorUsers.joined(separator: ","),
            "operator_groups": operatorGroups.joined(separator: ","),
            "secretariat_users": secretariatUsers.joined(separator: ","),
            "secretariat_groups": secretariatGroups.joined(separator: ","),
            "log_level": logLevel.rawValue,
        ]
    }
}
