#if canImport(Glibc)
import Glibc
#endif
import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// The daemon area's handlers: `daemon.status`, `daemon.reload`, `rpc.discover`.
enum DaemonHandlers: AreaHandlers {
    static func register(into registry: inout MethodRegistry) {
        registry.command(DaemonStatus.self, status)
        registry.command(DaemonReload.self, reload)
        let document = OpenRPCDocument.make(version: NetworkdVersion.current)
        registry.command(RPCDiscover.self) { _, _ in document }
    }

    /// Answers even when PostgreSQL is down (`database.reachable: false`), so that ops can see why.
    ///
    /// `counts` holds every area's counters (``AreaHandlers/statusCounters``), which the database
    /// keeps as rows change, read with the server's details in one round trip:
    /// `auditEntries`, `currentMembers` (exactly what `member.list` lists by default),
    /// `openApplications` (undecided, whose applicants `member.list --status applicant` shows).
    @Sendable
    static func status(_ context: RequestContext, _ params: NoParams) async throws -> DaemonStatus.Result {
        let services = context.services
        let statistics = services.pool.statistics
        var database = DaemonStatus.DatabaseState(reachable: false, serverVersion: nil, name: nil)
        var counts: [String: Int] = [:]
        do {
            let (server, name, schemaVersion, areaCounts) = try await services.pool.withConnection { connection in
                let counters = StatusCountStore.counts(Daemon.areas.flatMap { $0.statusCounters })
                let queries = [DaemonStore.server.map { StatusPart.server($0) }, counters.map { StatusPart.counts($0) }]
                var server: DaemonStore.Server?
                var counts: [String: Int] = [:]
                for part in try connection.pipeline(queries) {
                    switch part {
                    case .server(let read): server = read
                    case .counts(let read): counts = read
                    }
                }
                guard let server else { throw NetworkError.unavailable("no status row") }
                return (server.version, server.database, server.schemaVersion, counts)
            }
            database = .init(reachable: true, serverVersion: server, name: name)
            services.state.schemaVersion = schemaVersion
            counts = areaCounts
        } catch {
            context.logger.warning("\(DaemonStatus.name): database unreachable", metadata: ["error": "\(error)"])
        }
        let (served, inFlight) = services.state.requestCounts
        let configuration = services.state.configuration
        let uptime = ContinuousClock.now - services.state.startedAt
        return DaemonStatus.Result(
            version: services.state.version, pid: Int(getpid()), startedAt: services.state.startedAtText,
            uptimeSeconds: Int(uptime.components.seconds), schemaVersion: services.state.schemaVersion,
            schemaExpected: services.schemaExpected, database: database,
            pool: .init(max: statistics.max, open: statistics.open, idle: statistics.idle, inUse: statistics.inUse, waiting: statistics.waiting),
            clients: .init(connected: services.connections.count, max: configuration.maxConnections,
                           requestsServed: served, requestsInFlight: inFlight),
            counts: counts)
    }

    /// One answer of `daemon.status`'s round trip.
    private enum StatusPart {
        case server(DaemonStore.Server)
        case counts([String: Int])
    }

    /// Reloads, then records who reloaded in the audit trail (best effort: a reload must work
    /// while PostgreSQL is down).
    @Sendable
    static func reload(_ context: RequestContext, _ params: NoParams) async throws -> DaemonReload.Result {
        let result = try context.services.reloader.reload()
        let after = try JSONCoding.encodeString(result)
        let record = AuditRecord(requestID: context.requestID, actor: context.caller.actor, role: context.actingRole.rawValue,
                                 method: DaemonReload.name, target: "daemon", beforeJSON: nil, afterJSON: after)
        do {
            try await context.pool.withConnection { connection in
                try AuditStore.append(record, on: connection)
            }
        } catch {
            context.logger.warning("reload applied but not audited: database unavailable", metadata: ["error": "\(error)"])
        }
        return result
    }
}
