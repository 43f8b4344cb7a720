import NetworkCore
import Postgres

/// What the daemon reports about its database: the server, the database and its schema.
public enum DaemonStore {
    /// The PostgreSQL server as `daemon.status` shows it.
    public struct Server: Sendable, Hashable {
        /// `server_version`, e.g. `15.18 (Debian 15.18-0+deb12u1)`.
        public var version: String
        /// The database networkd is connected to.
        public var database: String
        /// The highest migration applied (0 before any).
        public var schemaVersion: Int
    }

    /// The server, database and schema version, in one statement.
    public static let server = PostgresQuery("""
        SELECT current_setting('server_version') AS server_version, current_database() AS name,
               (SELECT coalesce(max(version), 0) FROM schema_migrations) AS schema_version
        """) { rows in
        guard let row = rows.first else { throw NetworkError.unavailable("no status row") }
        return Server(version: try row.decode("server_version"), database: try row.decode("name"),
                      schemaVersion: try row.decode("schema_version"))
    }
}
