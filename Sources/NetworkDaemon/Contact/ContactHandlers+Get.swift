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
    static func get(_ context: RequestContext, _ params: ContactGet.Params) -> PostgresQuery<ContactWire> {
        ContactStore.contact(id: params.id).map { record in
            guard let record else { throw NetworkError.notFound(entity: "contact", id: String(params.id)) }
            return ContactWire(record)
        }
    }
}
