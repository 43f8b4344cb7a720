import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// UK GDPR for contacts: `contact.export` (subject access) and `contact.erase` (erasure).
extension ContactHandlers {
    /// `contact.export`: everything held about one person, read in one snapshot — the contact
    /// with its roles, its member's name, its tokens (never secrets or hashes, revoked and expired
    /// ones included), and every audit entry about it: those targeting `contact:<id>`, those whose
    /// before/after name it as `contactId` (its tokens), and those the person made through a
    /// member token. Read in one repeatable-read snapshot; not a mutation, so not audited;
    /// logged at notice.
    ///
    /// - Throws: `not_found`.
    @Sendable
    static func export(_ context: RequestContext, _ params: ContactExport.Params, _ connection: PostgresConnection) throws
        -> ContactExport.Result
    {
        guard let contact = try ContactStore.get(id: params.id, on: connection) else {
            throw NetworkError.notFound(entity: "contact", id: String(params.id))
        }
        let owner = try ContactStore.owner(memberID: contact.memberID, on: connection)
        let tokens = try TokenStore.list(TokenStore.Filter(contactID: contact.id, includeInactive: true), on: connection)
        let audit = try ErasureStore.auditEntries(contactID: contact.id, memberID: contact.memberID, on: connection)
        let result = ContactExport.Result(
            contact: ContactWire(contact), memberName: owner?.name ?? "", tokens: tokens.map(TokenWire.init),
            auditEntries: try audit.map(AuditList.Entry.init), exportedAt: try ErasureStore.now(on: connection))
        context.logger.notice("contact exported", metadata: [
            "contact.id": "\(result.contact.id)", "member.id": "\(result.contact.memberId)", "actor": "\(context.caller.actor)",
        ])
        return result
    }

    /// `contact.erase`: in one transaction, deletes the contact row, its roles and tokens, then
    /// anonymises the contact's data by identity: in every audit row and stored idempotent
    /// response whose target is `contact:<id>` (and the contact's entry in rows about its
    /// member), its name, e-mail address, phone number and job title become `[erased]`. No row
    /// is added or removed, and no other record changes by one byte — values the person shares
    /// with others stay in theirs. A keyed retry of one of the person's calls still answers as
    /// the first did, redacted. The erasure's own audit row (target `contact:<id>`) says only
    /// `{"erased": true, "memberId", "tokensDeleted", "auditEntriesAnonymised"}`. Member history
    /// (status and tier changes) is untouched. Erasing again is `not_found`: the row is gone,
    /// which is what erasure means here (nothing else references a contact).
    ///
    /// - Throws: `not_found`, `conflict` (stale `expectedVersion`).
    @Sendable
    static func erase(_ context: RequestContext, _ params: ContactErase.Params, _ scope: MutationScope) throws
        -> (MutationOutcome<ContactErase.Result>, Void)
    {
        let connection = scope.connection
        let contact = try lockedContact(params.id, on: connection)
        try scope.expectVersion(contact.version, of: "contact \(contact.id)")
        let outcome = try ErasureStore.erase(contact, on: connection)
        let after: JSONValue = [
            "erased": true, "memberId": .integer(contact.memberID), "tokensDeleted": .integer(Int64(outcome.tokensDeleted)),
            "auditEntriesAnonymised": .integer(Int64(outcome.auditEntriesAnonymised)),
        ]
        let result = ContactErase.Result(erased: true, auditEntriesAnonymised: outcome.auditEntriesAnonymised)
        return (MutationOutcome(result: result, target: "contact:\(contact.id)", before: nil, after: after), ())
    }

    /// Logs the erasure once it has committed (at notice: it cannot be undone).
    @Sendable
    static func erased(_ context: RequestContext, _ params: ContactErase.Params, _ result: ContactErase.Result, _: Void?) -> ContactErase.Result {
        context.logger.notice("contact erased", metadata: ["contact.id": "\(params.id)", "actor": "\(context.caller.actor)"])
        return result
    }
}
