/// How a ``PostgresPool`` or ``PostgresListener`` reaches the database.
///
/// The `conninfo` string is handed to libpq unchanged (as the `dbname` keyword with
/// `expand_dbname=1`), so anything libpq understands works: `"host=/run/postgresql dbname=networkd"`,
/// `"postgresql://user@db.example/networkd?sslmode=verify-full"`, or `""` for libpq's defaults
/// (`PG*` environment variables, `~/.pgpass`, the default socket).
///
/// What the conninfo says wins over ``applicationName``. Every connection is forced to
/// `client_encoding = UTF8`, `DateStyle = ISO` and `TimeZone = UTC` after connecting, whatever the
/// conninfo says, because the decoders in this module rely on those formats.
public struct PostgresConfiguration: Sendable {
    /// A libpq conninfo string or URI; `""` means libpq defaults.
    ///
    /// - Important: May contain a password. It is never logged; only host, port, database and user are.
    public var conninfo: String

    /// The maximum number of connections the pool keeps open (default 8, at least 1).
    public var poolSize: Int

    /// The `application_name` reported in `pg_stat_activity` unless the conninfo sets one.
    public var applicationName: String

    /// Creates a configuration.
    ///
    /// - Parameters:
    ///   - conninfo: A libpq conninfo string or URI; `""` for libpq defaults.
    ///   - poolSize: The maximum number of open connections; values below 1 are treated as 1.
    ///   - applicationName: The default `application_name`.
    public init(conninfo: String, poolSize: Int = 8, applicationName: String = "networkd") {
        self.conninfo = conninfo
        self.poolSize = poolSize
        self.applicationName = applicationName
    }
}
