import CLibPQ
import Logging

extension PostgresConnection {
    /// Opens a connection and prepares its session (UTF-8, ISO dates, UTC). Blocks until the server
    /// answers or libpq gives up (`connect_timeout` in the conninfo bounds that).
    ///
    /// - Throws: ``PostgresError`` of kind ``PostgresError/Kind/connectFailed`` with libpq's message.
    static func connect(configuration: PostgresConfiguration, logger: Logger) throws -> PostgresConnection {
        // Later keywords override earlier ones and dbname expands in place, so whatever the
        // conninfo says wins over application_name.
        let keywords = ["application_name", "client_encoding", "dbname"]
        let values = [configuration.applicationName, "UTF8", configuration.conninfo]
        let handle = withCStringArray(keywords) { keywords in
            withCStringArray(values) { values in
                PQconnectdbParams(keywords, values, 1)
            }
        }
        guard let handle else {
            throw PostgresError(kind: .connectFailed, message: "libpq could not allocate a connection")
        }
        guard PQstatus(handle) == CONNECTION_OK else {
            let message = PostgresError.connectionMessage(handle)
            PQfinish(handle)
            logger.debug("postgres connect failed", metadata: ["postgres.error": .string(message)])
            throw PostgresError(kind: .connectFailed, message: message)
        }
        let connection = PostgresConnection(handle: handle, logger: logger)
        do {
            // Forced even if the conninfo says otherwise: the decoders rely on these formats.
            try connection.executeScript("SET client_encoding TO 'UTF8'; SET DateStyle TO 'ISO'; SET TimeZone TO 'UTC'")
        } catch let error as PostgresError {
            var failure = error
            failure.kind = .connectFailed
            throw failure
        }
        logger.debug("postgres connected", metadata: connection.metadata)
        return connection
    }

    /// Where the connection goes, for logs: host (or socket directory), port, database, user and
    /// backend pid. Never the password.
    var metadata: Logger.Metadata {
        func string(_ pointer: UnsafeMutablePointer<CChar>?) -> Logger.MetadataValue {
            .string(pointer.map { String(cString: $0) } ?? "")
        }
        return [
            "postgres.host": string(PQhost(handle)),
            "postgres.port": string(PQport(handle)),
            "postgres.database": string(PQdb(handle)),
            "postgres.user": string(PQuser(handle)),
            "postgres.backend_pid": .stringConvertible(PQbackendPID(handle)),
            "postgres.server_version": .stringConvertible(PQserverVersion(handle)),
        ]
    }
}
