import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// The audit area's handlers: `audit.list` and `audit.get`, reading the trail every mutation
/// writes (see ``MutationScope``).
enum AuditHandlers: AreaHandlers {
    static func register(into registry: inout MethodRegistry) {
        registry.query(AuditList.self, list)
        registry.query(AuditGet.self, get)
    }

    /// `auditEntries`: how many entries the trail holds.
    static func statusCounts(on connection: PostgresConnection) throws -> [String: Int] {
        ["auditEntries": try AuditStore.count(on: connection)]
    }

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
