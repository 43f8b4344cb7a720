import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// The token area's handlers: member tokens — `token.issue`, `token.list`, `token.revoke`.
///
/// A token is a secret given once to one contact; the database keeps only its SHA-256 hex and a
/// 12-character prefix to recognise it. The secret never reaches the audit trail, the idempotency
/// store or the log.
enum TokenHandlers: AreaHandlers {
    static func register(into registry: inout MethodRegistry) {
        registry.mutation(TokenIssue.self, recording: TokenWire.self, issue, answer: issued)
        registry.query(TokenList.self, list)
        registry.mutation(TokenRevoke.self, revoke)
    }

    /// `token.issue`: a new token for a contact of a current (active, lapsed or suspended) member,
    /// expiring in `expiresInDays` (1–365, default 90). The result carries the secret; nothing
    /// else ever will. The audit `after` holds the token's id, contact, member, prefix and expiry.
    ///
    /// Idempotency: the stored response of a call made with an `idempotencyKey` is the token
    /// *without* its secret (storing the secret would defeat hashing it). A retry with the same
    /// key therefore cannot return the secret again and issues nothing new: it fails with
    /// `conflict` naming the token already issued under that key. Revoke that token and issue
    /// another (with a new key).
    ///
    /// - Throws: `not_found` (no such contact), `validation` (`expiresInDays` out of range; the
    ///   member not current, on `contactId`), `conflict` (a retried key, as above).
    @Sendable
    static func issue(_ context: RequestContext, _ params: TokenIssue.Params, _ scope: MutationScope) throws
        -> (MutationOutcome<TokenWire>, String)
    {
        let connection = scope.connection
        let days = params.expiresInDays ?? 90
        guard (1...365).contains(days) else { throw NetworkError.invalid("expiresInDays", "must be from 1 to 365 days") }
        guard let contact = try ContactStore.get(id: params.contactId, on: connection) else {
            throw NetworkError.notFound(entity: "contact", id: String(params.contactId))
        }
        guard let owner = try ContactStore.owner(memberID: contact.memberID, lock: true, on: connection),
            owner.status.isCurrent
        else {
            let status = try ContactStore.owner(memberID: contact.memberID, on: connection)?.status.rawValue ?? "missing"
            throw NetworkError.invalid(
                "contactId", "contact \(contact.id)'s member \(contact.memberID) is \(status); tokens are issued only to contacts of active, lapsed or suspended members")
        }
        let secret = try TokenSecret.generate()
        let record = try TokenStore.insert(
            contactID: contact.id, memberID: owner.id, hash: try TokenSecret.hash(secret), prefix: TokenSecret.prefix(of: secret),
            issuedBy: context.caller.actor, days: days, on: connection)
        let after: JSONValue = [
            "id": .integer(record.id), "contactId": .integer(record.contactID), "memberId": .integer(record.memberID),
            "prefix": .string(record.prefix), "expiresAt": .string(record.expiresAt),
        ]
        return (MutationOutcome(result: TokenWire(record), target: "token:\(record.id)", before: nil, after: after), secret)
    }

    /// The answer to `token.issue`: the token and its secret, or — for a replayed key, whose
    /// stored response has no secret — a `conflict` naming the token already issued.
    @Sendable
    static func issued(_ context: RequestContext, _ params: TokenIssue.Params, _ token: TokenWire, _ secret: String?) throws
        -> TokenIssue.Result
    {
        guard let secret else {
            throw NetworkError.conflict(
                "idempotencyKey \"\(params.idempotencyKey ?? "")\" already issued token \(token.id) (\(token.prefix)…) to contact \(token.contactId); its secret was shown once and is not stored — revoke that token and issue a new one")
        }
        return TokenIssue.Result(token: token, secret: secret)
    }

    /// `token.list`: tokens oldest first, never with secrets or hashes; only usable ones unless
    /// `all` is true (then revoked and expired ones too).
    ///
    /// - Throws: `not_found` when `memberId` or `contactId` names nothing.
    @Sendable
    static func list(_ context: RequestContext, _ params: TokenList.Params, _ connection: PostgresConnection) throws
        -> TokenList.Result
    {
        let filter = TokenStore.Filter(memberID: params.memberId, contactID: params.contactId, includeInactive: params.all ?? false)
        if let memberID = filter.memberID, try ContactStore.owner(memberID: memberID, on: connection) == nil {
            throw NetworkError.notFound(entity: "member", id: String(memberID))
        }
        if let contactID = filter.contactID, try ContactStore.get(id: contactID, on: connection) == nil {
            throw NetworkError.notFound(entity: "contact", id: String(contactID))
        }
        return TokenList.Result(tokens: try TokenStore.list(filter, on: connection).map(TokenWire.init))
    }

    /// `token.revoke`: revokes at once; connections authenticated with the token are refused from
    /// their next call (see `RequestDispatcher`). Revoking a revoked token changes nothing,
    /// writes no audit row, and says so: a silent success would hide that someone else (or an
    /// earlier run) already did it. A retry with the first call's `idempotencyKey` still gets
    /// the first answer.
    ///
    /// - Throws: `not_found`; `conflict` "token N was already revoked at …".
    @Sendable
    static func revoke(_ context: RequestContext, _ params: TokenRevoke.Params, _ scope: MutationScope) throws
        -> MutationOutcome<TokenWire>
    {
        let connection = scope.connection
        guard let current = try TokenStore.get(id: params.id, lock: true, on: connection) else {
            throw NetworkError.notFound(entity: "token", id: String(params.id))
        }
        // Thrown to roll back: nothing changes, so nothing is audited or remembered.
        if let revokedAt = current.revokedAt {
            throw NetworkError.conflict("token \(current.id) was already revoked at \(revokedAt)")
        }
        guard let revoked = try TokenStore.revoke(id: current.id, on: connection) else {
            throw NetworkError.notFound(entity: "token", id: String(params.id))
        }
        return MutationOutcome(result: TokenWire(revoked), target: "token:\(current.id)",
                               before: try JSONCoding.value(of: TokenWire(current)),
                               after: try JSONCoding.value(of: TokenWire(revoked)))
    }
}

extension TokenWire {
    /// The wire form of a stored token (which has no secret to leak).
    init(_ record: TokenRecord) {
        self.init(id: record.id, contactId: record.contactID, memberId: record.memberID, prefix: record.prefix,
                  createdAt: record.createdAt, expiresAt: record.expiresAt, revokedAt: record.revokedAt,
                  lastUsedAt: record.lastUsedAt, issuedBy: record.issuedBy)
    }
}
