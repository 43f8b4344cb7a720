import AdminProtocol
import Logging
import NetworkCore
import Postgres
import Synchronization

/// The caller on one connection; `session.authenticate` may change it mid-connection.
public final class ConnectionSession: Sendable {
    private let current: Mutex<Caller>
    /// How `audit.watch` hands its subscription to the connection; `nil` off the socket.
    let watchHandoff: WatchHandoff?

    public init(caller: Caller) {
        self.current = Mutex(caller)
        self.watchHandoff = nil
    }

    /// A session of an admin-socket connection, which can become a watch.
    init(caller: Caller, watchHandoff: WatchHandoff) {
        self.current = Mutex(caller)
        self.watchHandoff = watchHandoff
    }

    public var caller: Caller {
        get { current.withLock { $0 } }
        set { current.withLock { $0 = newValue } }
    }
}

/// What a method handler gets besides its params: who is calling, under which request id, and
/// the daemon's services.
public struct RequestContext: Sendable {
    public let requestID: String
    public let method: String
    public let session: ConnectionSession
    public let logger: Logger
    public let services: DaemonServices
    /// How to find the owner of each kind of record (``MethodRegistry/owner(of:_:)``).
    let owners: [OwnedRecord: MethodRegistry.OwnerLookup]

    public var caller: Caller { session.caller }
    public var pool: PostgresPool { services.pool }

    /// The role this call is made in, for the audit trail: the first of the caller's roles that
    /// the policy allows for the method.
    public var actingRole: Role {
        let allowed = AccessPolicy.table[method] ?? []
        return caller.roles.intersection(allowed.isEmpty ? Set(Role.allCases) : allowed).sorted().first
            ?? caller.roles.sorted().first ?? .member
    }
}

extension RequestContext {
    /// Enforces `access`'s ``MemberReach`` for a caller holding only the member role; staff
    /// callers pass. The policy table has already let the caller's role call the method.
    ///
    /// - Throws: `forbidden` for another member's id (whether or not it exists, so ids cannot
    ///   be probed that way either); `not_found` — exactly what an absent id gets — for a record
    ///   of another member.
    /// `params` as a caller holding only the member role may use them: an ``Access/ownMemberFilter(_:_:)``
    /// filter left out is set to the caller's own member.
    ///
    /// - Throws: `forbidden` when the filter names another member.
    func scopedToReach<Params: Sendable>(_ access: Access<Params>, of params: Params) throws -> Params {
        guard caller.isMemberOnly, case .ownMemberFilter(let filter)? = access.memberReach else { return params }
        // A member role without a token's member reaches no member: 0 is no member's id.
        let own = caller.member?.memberID ?? 0
        var scoped = params
        if let named = scoped[keyPath: filter], named != own {
            throw NetworkError.forbidden("\(caller.actor) may reach only its own member's records, not member \(named)'s")
        }
        scoped[keyPath: filter] = own
        return scoped
    }

    func checkReach<Params: Sendable>(_ access: Access<Params>, of params: Params) async throws {
        let caller = self.caller
        guard caller.isMemberOnly, !access.roles.isEmpty else { return }
        switch access.memberReach {
        case .everything?:
            return
        case nil:
            throw NetworkError.forbidden("\(method) is for staff only")
        case .ownMemberFilter?:
            // Scoped by ``scopedToReach(_:of:)`` before this check.
            return
        case .ownMember(let memberOf)?:
            let memberID = memberOf(params)
            guard caller.member?.memberID == memberID else {
                throw NetworkError.forbidden("\(caller.actor) may reach only its own member's records, not member \(memberID)'s")
            }
        case .ownRecord(let record, let idOf)?:
            let id = idOf(params)
            guard let lookup = owners[record] else { throw UnknownOwner(record: record) }
            let owner = try await pool.withConnection { try lookup(id, $0) }
            guard let owner, owner == caller.member?.memberID else {
                throw NetworkError.notFound(entity: record.entity, id: String(id))
            }
        }
    }
}

/// A method reaches records by owner, but no area registered the lookup (`verify` traps first).
struct UnknownOwner: Error {
    var record: OwnedRecord
}
