import AdminProtocol
import Logging
import NetworkCore
import NetworkStore
import Postgres

/// `session.authenticate`, and the per-call check that keeps a member session honest.
///
/// A connection that presents a valid member token acts from then on as that member contact with
/// the member role only (`Caller.authenticated(as:)`), whatever roles its peer credentials gave
/// it. Revocation, expiry, removal or erasure of the contact and the member leaving the network
/// end the session at its next call (``sessionIsCurrent(_:pool:)``).
enum SessionHandlers: AreaHandlers {
    static func register(into registry: inout MethodRegistry) {
        registry.command(SessionAuthenticate.self, authenticate)
    }

    /// What a refused authentication says when the token is not one the daemon knows, or its
    /// member is not current: the caller learns nothing about why.
    static let refusal = "invalid or expired token"

    /// `session.authenticate`: any caller, even one with no role. Success switches this
    /// connection's caller to the member contact, records the token's `last_used_at`, and is
    /// logged at notice (a login, not a mutation: no audit row).
    ///
    /// - Throws: `forbidden` "token revoked" or "token expired at …" for a real token that was
    ///   revoked or has expired (only its holder can present it, so saying so leaks nothing and
    ///   tells them to ask for a new one); "invalid or expired token" for a malformed or unknown
    ///   token or a member that is not current, the reason only in the log. Each refusal is
    ///   logged at info. The connection's caller is unchanged then.
    @Sendable
    static func authenticate(_ context: RequestContext, _ params: SessionAuthenticate.Params) async throws -> SessionAuthenticate.Result {
        guard TokenSecret.isWellFormed(params.token) else { throw refuse(context, reason: "malformed token") }
        let hash = try TokenSecret.hash(params.token)
        let login = try await context.pool.withConnection { connection -> SessionLogin? in
            guard let login = try SessionStore.login(hash: hash, on: connection) else { return nil }
            if !login.isRevoked, !login.isExpired, login.memberIsCurrent {
                try SessionStore.touch(id: login.tokenID, on: connection)
            }
            return login
        }
        guard let login else { throw refuse(context, reason: "unknown token") }
        if login.isRevoked { throw refuse(context, reason: "token \(login.tokenID) is revoked", answer: "token revoked") }
        if login.isExpired {
            throw refuse(context, reason: "token \(login.tokenID) expired at \(login.expiresAt)", answer: "token expired at \(login.expiresAt)")
        }
        if !login.memberIsCurrent { throw refuse(context, reason: "token \(login.tokenID)'s member \(login.memberID) is not current") }
        let identity = MemberIdentity(memberID: login.memberID, contactID: login.contactID, tokenID: login.tokenID)
        context.session.caller = context.caller.authenticated(as: identity)
        context.logger.notice("member session authenticated", metadata: [
            "member.id": "\(login.memberID)", "contact.id": "\(login.contactID)", "token.id": "\(login.tokenID)",
        ])
        return SessionAuthenticate.Result(memberId: login.memberID, memberName: login.memberName, contactId: login.contactID,
                                          roles: [Role.member.rawValue], expiresAt: login.expiresAt)
    }

    /// Whether a member session may still act: its token is neither revoked nor expired (nor
    /// deleted with its contact) and its member is current. One indexed query.
    ///
    /// - Throws: `PostgresError` when the database cannot be asked.
    static func sessionIsCurrent(_ identity: MemberIdentity, pool: PostgresPool) async throws -> Bool {
        try await pool.withConnection { connection in
            try SessionStore.sessionIsValid(tokenID: identity.tokenID, memberID: identity.memberID, contactID: identity.contactID,
                                          on: connection)
        }
    }

    private static func refuse(_ context: RequestContext, reason: String, answer: String = refusal) -> NetworkError {
        context.logger.info("member token refused", metadata: ["reason": "\(reason)"])
        return .forbidden(answer)
    }
}
