import AdminProtocol
import Logging
import NetworkCore
import Postgres
import Synchronization

/// The caller on one connection; `session.authenticate` may change it mid-connection.
public final class ConnectionSession: Sendable {
    private let current: Mutex<Caller>

    public init(caller: Caller) {
        self.current = Mutex(caller)
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
