import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// The audit area's handlers: `audit.list` and `audit.get`, reading the trail every mutation
/// writes (see ``MutationScope``), and `audit.watch`, which streams it (see ``ChangeFeed``).
enum AuditHandlers: AreaHandlers {
    static func register(into registry: inout MethodRegistry) {
        registry.query(AuditList.self, list)
        registry.query(AuditGet.self, lookup: true, get)
        registry.command(AuditWatch.self, watch)
    }

    /// How long `audit.watch` waits for the change feed to go live (PostgreSQL unreachable).
    static let watchStartTimeout: Duration = .seconds(30)

    /// `auditEntries`: how many entries the trail holds.
    static let statusCounters = ["auditEntries"]

    /// `audit.get`: the entry with this id — the newest entry at or below it, if it is that one.
    ///
    /// - Throws: `not_found` when no entry has the id.
    @Sendable
    static func get(_ context: RequestContext, _ params: AuditGet.Params, _ connection: PostgresConnection) throws
        -> AuditList.Entry
    {
        let notFound = NetworkError.notFound(entity: "audit entry", id: String(params.id))
        guard params.id >= 1 else { throw notFound }
        let before = params.id == .max ? nil : params.id + 1
        let filter = AuditFilter(limit: 1, before: before, method: nil, actor: nil, target: nil)
        let (records, _) = try AuditStore.list(filter, on: connection)
        guard let record = records.first, record.id == params.id else { throw notFound }
        return try AuditList.Entry(record)
    }

    /// A page of entries, newest first, filtered by method, actor or target.
    ///
    /// - Throws: `validation` for a limit outside 1–500 or a cursor below 1.
    @Sendable
    static func list(_ context: RequestContext, _ params: AuditList.Params, _ connection: PostgresConnection) throws
        -> AuditList.Result
    {
        let limit = params.limit ?? 50
        guard (1...500).contains(limit) else { throw NetworkError.invalid("limit", "must be from 1 to 500") }
        if let after = params.after, after < 1 { throw NetworkError.invalid("after", "must be a cursor from a previous page") }
        let filter = AuditFilter(limit: limit, before: params.after, method: params.method, actor: params.actor, target: params.target)
        let (records, hasMore) = try AuditStore.list(filter, on: connection)
        let entries = try records.map(AuditList.Entry.init)
        return AuditList.Result(entries: entries, nextCursor: hasMore ? entries.last?.id : nil)
    }
}

extension AuditHandlers {
    /// `audit.watch`: subscribes this connection to the change feed and answers where the
    /// stream starts; the admin server streams the subscription once the answer is written.
    ///
    /// - Throws: `validation` for an unknown area or more than 64 of them; invalid request
    ///   when the request did not come over an admin-socket connection, or the connection
    ///   already watches; `unavailable` when the feed cannot go live within 30 s.
    @Sendable
    static func watch(_ context: RequestContext, _ params: AuditWatch.Params) async throws -> AuditWatch.Result {
        let names = params.areas ?? []
        guard names.count <= 64 else { throw NetworkError.invalid("areas", "at most 64 names") }
        let selection = try AreaSelection(names)
        if let after = params.after, after < 0 { throw NetworkError.invalid("after", "must be 0 or an audit id") }
        guard let handoff = context.session.watchHandoff else {
            throw RPCError.invalidRequest("\(AuditWatch.name) streams on an admin-socket connection of its own")
        }
        guard handoff.claim() else {
            throw RPCError.invalidRequest("this connection already watches changes; open another one")
        }
        let feed = context.services.changes
        let subscription = feed.subscribe(after: params.after, selection: selection)
        let head = await withTaskGroup(of: Int64?.self) { group in
            group.addTask { await subscription.waitForHead() }
            group.addTask {
                try? await Task.sleep(for: watchStartTimeout)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        guard let head else {
            feed.unsubscribe(subscription)
            handoff.release()
            throw NetworkError.unavailable("the change feed cannot read the audit trail yet; retry")
        }
        handoff.offer(subscription)
        context.logger.info("watch started", metadata: [
            "audit.head": "\(head)", "audit.after": "\(params.after.map(String.init) ?? "-")",
            "audit.areas": "\(selection.names.joined(separator: ","))",
        ])
        return AuditWatch.Result(newestId: head, after: params.after ?? head, areas: selection.names)
    }
}

extension AuditList.Entry {
    /// The wire form of a stored audit entry.
    init(_ record: AuditRecord) throws {
        self.init(
            id: record.id, at: record.at, requestId: record.requestID, actor: record.actor, role: record.role,
            method: record.method, target: record.target,
            before: try record.beforeJSON.map { try JSONCoding.readValue(Array($0.utf8)) },
            after: try record.afterJSON.map { try JSONCoding.readValue(Array($0.utf8)) })
    }
}
