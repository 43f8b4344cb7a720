import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

extension ContactHandlers {
    /// `contact.get`: one contact.
    ///
    /// A caller acting only as a member reads its own member's contacts; another member's
    /// contact gets exactly the answer an absent id gets (the dispatcher's `.ownRecord` check),
    /// so contact ids reveal nothing about who owns them.
    ///
    /// - Throws: `not_found` (absent, or another member's).
    @Sendable
    static func get(_ context: RequestContext, _ params: ContactGet.Params, _ connection: PostgresConnection) throws
        -> ContactWire
    {
        guard let record = try ContactStore.get(id: params.id, on: connection) else {
            throw NetworkError.notFound(entity: "contact", id: String(params.id))
        }
        return ContactWire(record)
    }
}
