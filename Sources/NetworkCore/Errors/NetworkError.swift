/// The errors a request can fail with, as the domain sees them.
///
/// Each case maps to one JSON-RPC application error (`AdminProtocol.RPCError`) with a `data.kind`
/// a client can switch on. Messages are written for the person at the other end; they never carry
/// SQL, stack traces or another caller's data.
public enum NetworkError: Error, Sendable, Equatable {
    /// The thing named does not exist (or the caller may not know that it does).
    case notFound(entity: String, id: String)
    /// The caller's roles do not allow this.
    case forbidden(String)
    /// The request collides with the current state: a unique value taken, a stale
    /// `expectedVersion`, an idempotency key reused for a different request.
    case conflict(String, currentVersion: Int? = nil)
    /// A state machine refused the change; `from` is the current state.
    case invalidTransition(entity: String, from: String, to: String)
    /// The request is well-formed JSON-RPC but some fields are invalid.
    case validation([FieldError])
    /// A dependency (PostgreSQL) is unavailable or the request hit a transient failure: retry later.
    case unavailable(String)

    /// Shorthand for a single-field validation error.
    public static func invalid(_ field: String, _ message: String) -> NetworkError {
        .validation([FieldError(field: field, message: message)])
    }
}
