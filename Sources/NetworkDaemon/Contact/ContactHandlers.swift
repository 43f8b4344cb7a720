import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// The contact area's handlers: a member's contacts — `contact.add`, `contact.update`,
/// `contact.remove`, `contact.list` here, `contact.get` in `ContactHandlers+Get.swift`, and the
/// UK GDPR pair `contact.export` and `contact.erase` in `ContactHandlers+Privacy.swift`.
///
/// Guarantees shared by the mutations:
/// - The member row is locked (`FOR NO KEY UPDATE`) before any contact of it changes, so two
///   concurrent changes of one member's contacts run one after the other: the duplicate-email
///   check and primary demotion cannot race, and the one-primary-per-role index never fires.
/// - Making a contact primary for a role demotes the member's previous primary for that role (it
///   keeps the role) in the same transaction; the audit `after` lists the demoted contacts under
///   `demotedContactIds`.
/// - A caller holding only the member role may act on its own member's contacts only (declared
///   `.ownMember` / `.ownRecord(_, .contact, _)`, enforced by the dispatcher with the owner
///   lookup registered here). Another member's id is `forbidden` whether or not it exists (as
///   for `member.*`); another member's contact id is `not_found`, exactly as an absent one, so
///   contact ids cannot be probed.
enum ContactHandlers: AreaHandlers {
    static func register(into registry: inout MethodRegistry) {
        registry.mutation(ContactAdd.self, add)
        registry.mutation(ContactUpdate.self, update)
        registry.mutation(ContactRemove.self, remove)
        registry.query(ContactList.self, list)
        registry.read(ContactGet.self, get)
        registry.query(ContactExport.self, snapshot: true, export)
        registry.mutation(ContactErase.self, recording: ContactErase.Result.self, erase, answer: erased)
        registry.owner(of: .contact) { id, connection in try ContactStore.get(id: id, on: connection)?.memberID }
    }

    /// `contact.add`. Contacts can be added to applicants and current (active, lapsed, suspended)
    /// members; a resigned, terminated or rejected member's contacts can still be listed, changed,
    /// removed and erased, but no new ones are added.
    ///
    /// - Throws: `forbidden` (another member's contacts), `not_found` (no such member),
    ///   `validation` (bad fields; `primaryRoles` not within `roles`; a former member, on
    ///   `memberId`), `conflict` (another contact of the member has the e-mail address).
    @Sendable
    static func add(_ context: RequestContext, _ params: ContactAdd.Params, _ scope: MutationScope) throws
        -> MutationOutcome<ContactWire>
    {
        let connection = scope.connection
        let draft = ContactRecord(
            memberID: params.memberId, name: params.name.trimmingWhitespace(), email: params.email.trimmingWhitespace(),
            phone: optionalText(params.phone), jobTitle: optionalText(params.jobTitle),
            roles: ContactRecord.canonical(params.roles ?? []), primaryRoles: ContactRecord.canonical(params.primaryRoles ?? []))
        let errors = draft.validationErrors
        if !errors.isEmpty { throw NetworkError.validation(errors) }
        guard let owner = try ContactStore.owner(memberID: draft.memberID, lock: true, on: connection) else {
            throw NetworkError.notFound(entity: "member", id: String(draft.memberID))
        }
        guard owner.acceptsNewContacts else {
            throw NetworkError.invalid(
                "memberId", "member \(owner.id) is \(owner.status.rawValue); contacts can be added only to applicants and active, lapsed or suspended members")
        }
        try requireEmailFree(draft.email, memberID: owner.id, excluding: nil, on: connection)
        let (id, demoted) = try ContactStore.insert(draft, on: connection)
        let stored = try stored(id, on: connection)
        return MutationOutcome(result: stored, target: "contact:\(id)", before: nil, after: try audited(stored, demoted: demoted))
    }

    /// `contact.update`: fields left out keep their value; an empty `phone` or `jobTitle` clears
    /// it. `roles` replaces the roles; `primaryRoles` replaces the primaries — when it is left
    /// out, the contact stays primary for those of its primary roles it still holds.
    ///
    /// - Throws: `not_found` (also for another member's contact), `validation`, `conflict` (stale `expectedVersion`, or
    ///   the e-mail address taken by another contact of the member).
    @Sendable
    static func update(_ context: RequestContext, _ params: ContactUpdate.Params, _ scope: MutationScope) throws
        -> MutationOutcome<ContactWire>
    {
        let connection = scope.connection
        let current = try lockedContact(params.id, on: connection)
        try scope.expectVersion(current.version, of: "contact \(current.id)")
        var next = current
        if let name = params.name { next.name = name.trimmingWhitespace() }
        if let email = params.email { next.email = email.trimmingWhitespace() }
        if let phone = params.phone { next.phone = optionalText(phone) }
        if let jobTitle = params.jobTitle { next.jobTitle = optionalText(jobTitle) }
        if let roles = params.roles { next.roles = ContactRecord.canonical(roles) }
        if let primaryRoles = params.primaryRoles {
            next.primaryRoles = ContactRecord.canonical(primaryRoles)
        } else {
            next.primaryRoles = current.primaryRoles.filter { next.roles.contains($0) }
        }
        let errors = next.validationErrors
        if !errors.isEmpty { throw NetworkError.validation(errors) }
        try requireEmailFree(next.email, memberID: current.memberID, excluding: current.id, on: connection)
        let demoted = try ContactStore.update(next, on: connection)
        let stored = try stored(current.id, on: connection)
        return MutationOutcome(result: stored, target: "contact:\(current.id)", before: try JSONCoding.value(of: ContactWire(current)),
                               after: try audited(stored, demoted: demoted))
    }

    /// `contact.remove`: deletes the contact, its roles and its member tokens (sessions using
    /// them fail on their next call). The audit row keeps the contact as it was in `before`.
    ///
    /// - Throws: `not_found` (also for another member's contact), `conflict` (stale `expectedVersion`).
    @Sendable
    static func remove(_ context: RequestContext, _ params: ContactRemove.Params, _ scope: MutationScope) throws
        -> MutationOutcome<ContactRemove.Result>
    {
        let connection = scope.connection
        let current = try lockedContact(params.id, on: connection)
        try scope.expectVersion(current.version, of: "contact \(current.id)")
        try ContactStore.delete(id: current.id, on: connection)
        return MutationOutcome(result: ContactRemove.Result(removed: true), target: "contact:\(current.id)",
                               before: try JSONCoding.value(of: ContactWire(current)), after: nil)
    }

    /// `contact.list`: a member's contacts ordered by name (case-insensitively), then id. Works
    /// for former members too.
    ///
    /// - Throws: `forbidden` (another member's), `not_found` (no such member).
    @Sendable
    static func list(_ context: RequestContext, _ params: ContactList.Params, _ connection: PostgresConnection) throws
        -> ContactList.Result
    {
        guard try ContactStore.owner(memberID: params.memberId, on: connection) != nil else {
            throw NetworkError.notFound(entity: "member", id: String(params.memberId))
        }
        let contacts = try ContactStore.list(memberID: params.memberId, on: connection)
        return ContactList.Result(contacts: contacts.map(ContactWire.init))
    }

    // MARK: - Shared checks

    /// The contact `id`, locked after its member (the lock order every contact mutation uses).
    ///
    /// - Throws: `not_found`.
    static func lockedContact(_ id: Int64, on connection: PostgresConnection) throws -> ContactRecord {
        guard let unlocked = try ContactStore.get(id: id, on: connection) else {
            throw NetworkError.notFound(entity: "contact", id: String(id))
        }
        _ = try ContactStore.owner(memberID: unlocked.memberID, lock: true, on: connection)
        guard let locked = try ContactStore.get(id: id, lock: true, on: connection) else {
            throw NetworkError.notFound(entity: "contact", id: String(id))
        }
        return locked
    }

    /// - Throws: `conflict` naming the contact that already has `email` at this member.
    private static func requireEmailFree(_ email: String, memberID: Int64, excluding: Int64?, on connection: PostgresConnection) throws {
        if let holder = try ContactStore.contactHolding(email: email, memberID: memberID, excluding: excluding, on: connection) {
            throw NetworkError.conflict("member \(memberID) already has a contact with e-mail address \(email) (contact \(holder))")
        }
    }

    private static func stored(_ id: Int64, on connection: PostgresConnection) throws -> ContactWire {
        guard let record = try ContactStore.get(id: id, on: connection) else {
            throw NetworkError.notFound(entity: "contact", id: String(id))
        }
        return ContactWire(record)
    }

    /// The audit `after`: the contact, plus the contacts it displaced as primary, if any.
    private static func audited(_ contact: ContactWire, demoted: [Int64]) throws -> JSONValue {
        var value = try JSONCoding.value(of: contact)
        if !demoted.isEmpty, case .object(var members) = value {
            members["demotedContactIds"] = .array(demoted.map { .integer($0) })
            value = .object(members)
        }
        return value
    }

    /// Trimmed, or `nil` when blank.
    private static func optionalText(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingWhitespace(), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}

extension ContactWire {
    /// The wire form of a stored contact.
    init(_ record: ContactRecord) {
        self.init(id: record.id, memberId: record.memberID, name: record.name, email: record.email, phone: record.phone,
                  jobTitle: record.jobTitle, roles: record.roles, primaryRoles: record.primaryRoles, version: record.version)
    }
}
