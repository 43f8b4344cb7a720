import AdminProtocol
import NetworkCore
import NetworkStore

extension ContactMethods {
    /// `contact.get`: one contact.
    ///
    /// A caller acting only as a member reads its own member's contacts; another member's
    /// contact gets exactly the answer an absent id gets, so contact ids reveal nothing about
    /// who owns them.
    ///
    /// - Throws: `not_found` (absent, or another member's).
    @Sendable
    static func get(_ context: RequestContext, _ params: ContactGet.Params) async throws -> ContactWire {
        let record = try await context.pool.withConnection { connection in try ContactStore.get(id: params.id, on: connection) }
        guard let record, context.caller.mayAccess(member: record.memberID) else {
            throw NetworkError.notFound(entity: "contact", id: String(params.id))
        }
        return ContactWire(record)
    }
}
