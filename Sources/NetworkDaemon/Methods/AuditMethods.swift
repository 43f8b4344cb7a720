import AdminProtocol
import NetworkCore
import NetworkStore

/// Handler for `audit.list`.
enum AuditMethods {
    static func register(into registry: inout MethodRegistry) {
        registry.register(AuditList.self, list)
    }

    @Sendable
    static func list(_ context: RequestContext, _ params: AuditList.Params) async throws -> AuditList.Result {
        let limit = params.limit ?? 50
        guard (1...500).contains(limit) else { throw NetworkError.invalid("limit", "must be from 1 to 500") }
        if let after = params.after, after < 1 { throw NetworkError.invalid("after", "must be a cursor from a previous page") }
        let filter = AuditFilter(limit: limit, before: params.after, method: params.method, actor: params.actor, target: params.target)
        let (records, hasMore) = try await context.pool.withConnection { connection in
            try AuditStore.list(filter, on: connection)
        }
        let entries = try records.map { record in
            AuditList.Entry(
                id: record.id, at: record.at, requestId: record.requestID, actor: record.actor, role: record.role,
                method: record.method, target: record.target,
                before: try record.beforeJSON.map { try JSONCoding.readValue(Array($0.utf8)) },
                after: try record.afterJSON.map { try JSONCoding.readValue(Array($0.utf8)) })
        }
        return AuditList.Result(entries: entries, nextCursor: hasMore ? entries.last?.id : nil)
    }
}
