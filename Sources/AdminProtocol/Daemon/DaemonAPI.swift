import NetworkCore

/// The daemon area. The daemon itself: its status, configuration reload and method discovery.
public enum DaemonAPI: AdminArea {
    public static let name = "daemon"
    public static let group = AreaGroup.platform
    public static let methods: [any AdminMethod.Type] = [DaemonStatus.self, DaemonReload.self, RPCDiscover.self]
}

/// `daemon.status`: is the daemon healthy, what is it running, how loaded is it.
public enum DaemonStatus: DaemonCommand {
    public static let name = "daemon.status"
    public static let summary = "Version, uptime, schema version, connection pool state and counts."
    public static let access: Access<Params> = .staff([.operator, .secretariat])
    public typealias Params = NoParams

    public struct Result: Codable, Sendable, Hashable {
        public var version: String
        public var pid: Int
        public var startedAt: String
        public var uptimeSeconds: Int
        /// The newest migration applied to the database.
        public var schemaVersion: Int
        /// The newest migration this daemon ships.
        public var schemaExpected: Int
        public var database: DatabaseState
        public var pool: PoolState
        public var clients: ClientState
        /// `auditEntries`; `currentMembers` — active, lapsed and suspended, what `member.list`
        /// lists by default; `openApplications` — submitted or recommended. Empty when the
        /// database is unreachable.
        public var counts: [String: Int]

        public init(version: String, pid: Int, startedAt: String, uptimeSeconds: Int, schemaVersion: Int, schemaExpected: Int,
                    database: DatabaseState, pool: PoolState, clients: ClientState, counts: [String: Int]) {
            self.version = version
            self.pid = pid
            self.startedAt = startedAt
            self.uptimeSeconds = uptimeSeconds
            self.schemaVersion = schemaVersion
            self.schemaExpected = schemaExpected
            self.database = database
            self.pool = pool
            self.clients = clients
            self.counts = counts
        }
    }

    public struct DatabaseState: Codable, Sendable, Hashable {
        public var reachable: Bool
        public var serverVersion: String?
        public var name: String?
        public init(reachable: Bool, serverVersion: String?, name: String?) {
            self.reachable = reachable
            self.serverVersion = serverVersion
            self.name = name
        }
    }

    public struct PoolState: Codable, Sendable, Hashable {
        public var max: Int
        public var open: Int
        public var idle: Int
        public var inUse: Int
        public var waiting: Int
        public init(max: Int, open: Int, idle: Int, inUse: Int, waiting: Int) {
            self.max = max
            self.open = open
            self.idle = idle
            self.inUse = inUse
            self.waiting = waiting
        }
    }

    public struct ClientState: Codable, Sendable, Hashable {
        public var connected: Int
        public var max: Int
        public var requestsServed: Int
        public var requestsInFlight: Int
        public init(connected: Int, max: Int, requestsServed: Int, requestsInFlight: Int) {
            self.connected = connected
            self.max = max
            self.requestsServed = requestsServed
            self.requestsInFlight = requestsInFlight
        }
    }
}

/// `daemon.reload`: re-read the configuration file and apply what can change while running.
public enum DaemonReload: DaemonCommand {
    public static let name = "daemon.reload"
    public static let summary = "Re-read the configuration and apply what can change without a restart; returns when done."
    public static let access: Access<Params> = .staff([.operator])
    public typealias Params = NoParams

    public struct Result: Codable, Sendable, Hashable {
        /// Configuration keys whose value changed and took effect.
        public var applied: [String]
        /// Keys that changed but only take effect after a restart.
        public var needsRestart: [String]
        public init(applied: [String], needsRestart: [String]) {
            self.applied = applied
            self.needsRestart = needsRestart
        }
    }
}

/// `rpc.discover`: the OpenRPC document of every method.
public enum RPCDiscover: DaemonCommand {
    public static let name = "rpc.discover"
    public static let summary = "The OpenRPC document describing every method, its params and its result."
    public static let access: Access<Params> = .members([.operator, .secretariat])
    public typealias Params = NoParams
    public typealias Result = JSONValue
}
