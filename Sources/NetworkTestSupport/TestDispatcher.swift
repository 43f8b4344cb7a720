import AdminProtocol
import Logging
import NetworkCore
import NetworkDaemon
import NetworkStore
import Postgres

/// The daemon's own request path — `Daemon.requestPath`, the wiring `networkd` serves with — on
/// a test database, without a socket: for tests that call methods as any ``Caller`` (a member
/// session, a role-less peer) and read the raw JSON-RPC answers.
///
/// The schema versions it reports are the test database's and the repository's newest
/// migration, exactly as a daemon started on that database would report them.
public final class TestDispatcher: Sendable {
    public let dispatcher: RequestDispatcher
    public let services: DaemonServices
    public let pool: PostgresPool
    public let database: TestDatabase

    /// - Parameters:
    ///   - configuration: the daemon's configuration; its `database` is replaced by the test's.
    ///   - poolSize: connections in the pool (default: the configuration's).
    public init(database: TestDatabase, configuration: DaemonConfiguration = DaemonConfiguration(),
                loader: ConfigurationLoader = ConfigurationLoader(filePath: nil, fileIsExplicit: false, environment: [:], overrides: [:]),
                poolSize: Int? = nil, label: String = "dispatcher-test") throws {
        var configuration = configuration
        configuration.database = database.conninfo
        let logger = Logger(label: label) { label in
            JournaldLogHandler(label: label, control: LogLevelControl(.warning), output: .capturing())
        }
        let latest = try Migration.load(from: TestDatabase.migrationsDirectory).map(\.version).max() ?? 0
        pool = PostgresPool(configuration: PostgresConfiguration(conninfo: database.conninfo,
                                                                 poolSize: poolSize ?? configuration.poolSize), logger: logger)
        (services, dispatcher) = Daemon.requestPath(
            pool: pool, configuration: configuration, loader: loader, notifier: SystemdNotifier(environment: [:]),
            logLevel: LogLevelControl(.info), logger: logger, startedAtText: "2026-01-01T00:00:00Z", schemaVersion: latest,
            schemaExpected: latest)
        self.database = database
    }

    /// A staff or role-less caller as the socket would see it from `SO_PEERCRED`.
    public static func caller(uid: UInt32 = 1234, name: String = "t", roles: Set<Role>) -> Caller {
        Caller(uid: uid, gid: uid, pid: 1, userName: name, roles: roles)
    }

    /// Answers one raw line as `caller`; `nil` when nothing is answered (notifications).
    public func respond(_ line: some Collection<UInt8>, as caller: Caller) async throws -> JSONValue? {
        guard let answer = await dispatcher.respond(to: line, session: ConnectionSession(caller: caller)) else { return nil }
        return try JSONCoding.readValue(answer)
    }

    /// Answers one raw line, given as text, as `caller`.
    public func respond(_ line: String, as caller: Caller) async throws -> JSONValue? {
        try await respond(Array(line.utf8), as: caller)
    }

    /// Calls `method` by name with `params` as `caller` and returns the response.
    ///
    /// - Throws: ``HarnessError`` when the call gets no answer.
    public func call(_ method: String, _ params: JSONValue? = nil, as caller: Caller) async throws -> RPCResponse {
        let request = RPCRequest(id: 1, method: method, params: params)
        guard let value = try await respond(try JSONCoding.encode(request.jsonValue), as: caller) else {
            throw HarnessError("\(method) got no answer")
        }
        return try RPCResponse(from: value)
    }

    /// Closes the pool.
    public func close() async {
        await pool.close()
    }
}
