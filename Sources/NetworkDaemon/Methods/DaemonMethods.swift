#if canImport(Glibc)
import Glibc
#endif
import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// Handlers for the daemon's own methods: `daemon.status`, `daemon.reload`, `rpc.discover`.
enum DaemonMethods {
    static func register(into registry: inout MethodRegistry) {
        registry.register(DaemonStatus.self, status)
        registry.register(DaemonReload.self, reload)
        let document = OpenRPCDocument.make(version: NetworkdVersion.current)
        registry.register(RPCDiscover.self) { _, _ in document }
    }

    /// Answers even when PostgreSQL is down (`database.reachable: false`), so that ops can see why.
    ///
    /// `counts.currentMembers` counts exactly what `member.list` lists by default (active,
    /// lapsed and suspended members); `counts.openApplications` the submitted and recommended
    /// applications, whose applicants `member.list --status applicant` shows.
    @Sendable
    static func status(_ context: RequestContext, _ params: NoParams) async throws -> DaemonStatus.Result {
        let services = context.services
        let currentStatuses = MemberStatusFilter.current.statuses.map(\.rawValue).sorted()
        let statistics = services.pool.statistics
        var database = DaemonStatus.DatabaseState(reachable: false, serverVersion: nil, name: nil)
        var counts: [String: Int] = [:]
        do {
            let row = try await services.pool.withConnection { connection in
                let result = try connection.query("""
                    SELECT current_setting('server_version') AS server_version, current_database() AS name,
                           (SELECT coalesce(max(version), 0) FROM schema_migrations) AS schema_version,
                           (SELECT count(*) FROM audit_log) AS audit_entries,
                           (SELECT count(*) FROM member WHERE status = ANY(\(currentStatuses)::text[])) AS members,
                           (SELECT count(*) FROM application WHERE status IN ('submitted', 'recommended')) AS open_applications
                    """)
                guard let row = result.first else { throw NetworkError.unavailable("no status row") }
                return (try row.decode("server_version", as: String.self), try row.decode("name", as: String.self),
                        try row.decode("schema_version", as: Int.self), try row.decode("audit_entries", as: Int.self),
                        try row.decode("members", as: Int.self), try row.decode("open_applications", as: Int.self))
            }
            database = .init(reachable: true, serverVersion: row.0, name: row.1)
            services.state.schemaVersion = row.2
            counts["auditEntries"] = row.3
            counts["currentMembers"] = row.4
            counts["openApplications"] = row.5
        } catch {
            context.logger.warning("daemon.status: database unreachable", metadata: ["error": "\(error)"])
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
