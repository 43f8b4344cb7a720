/// An error from the database, the connection, the pool or a decoder.
///
/// ``description`` is deliberately generic (kind and SQLSTATE only) so that printing the error to
/// a user or an RPC reply never leaks data from the query, the row or the server message. Use
/// `String(reflecting: error)` (``debugDescription``) in logs to see everything.
public struct PostgresError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// Where the error came from.
    public enum Kind: Sendable, Equatable {
        /// The server rejected a statement; ``PostgresError/code`` says why.
        case server
        /// The connection broke while in use (server restart, admin shutdown, network). The pool
        /// has discarded the connection; whether the statement took effect is unknown.
        case connectionLost
        /// A new connection could not be opened. Nothing was sent.
        case connectFailed
        /// The pool was closed by ``PostgresPool/close()``.
        case poolClosed
        /// A value could not be decoded into the requested Swift type.
        case decoding
        /// libpq returned something this module does not handle (for example a COPY result).
        case protocolViolation
    }

    /// Where the error came from.
    public var kind: Kind
    /// The SQLSTATE the server sent (`PG_DIAG_SQLSTATE`), if any.
    public var code: SQLState?
    /// The server's primary message (`PG_DIAG_MESSAGE_PRIMARY`), libpq's error message, or a
    /// decoder's explanation.
    public var message: String
    /// The server's `DETAIL`, which may contain row values.
    public var detail: String?
    /// The server's `HINT`.
    public var hint: String?
    /// The violated constraint, for class 23 errors.
    public var constraint: String?
    /// The table involved, when the server names one.
    public var table: String?
    /// The column involved: from the server, or the column a decoder failed on.
    public var column: String?
    /// The SQL text (never the bound values) of the statement that failed, for debugging.
    public var query: String?

    /// Creates an error.
    public init(
        kind: Kind,
        code: SQLState? = nil,
        message: String,
        detail: String? = nil,
        hint: String? = nil,
        constraint: String? = nil,
        table: String? = nil,
        column: String? = nil,
        query: String? = nil
    ) {
        self.kind = kind
        self.code = code
        self.message = message
        self.detail = detail
        self.hint = hint
        self.constraint = constraint
        self.table = table
        self.column = column
        self.query = query
    }

    /// Whether running the same work again (on a fresh connection or in a new transaction) may
    /// succeed: serialization failures (40001), deadlocks (40P01), connection exceptions (class 08),
    /// shutdowns and start-ups (57P01, 57P02, 57P03), and the kinds ``Kind/connectionLost`` and
    /// ``Kind/connectFailed``.
    ///
    /// - Important: A retryable error from a statement outside a transaction does not mean the
    ///   statement had no effect; only retry work that is idempotent.
    public var isRetryable: Bool {
        switch kind {
        case .connectionLost, .connectFailed:
            return true
        case .poolClosed, .decoding, .protocolViolation:
            return false
        case .server:
            guard let code else { return false }
            switch code {
            case .serializationFailure, .deadlockDetected, .adminShutdown, .crashShutdown, .cannotConnectNow:
                return true
            default:
                return code.classCode == "08"
            }
        }
    }

    public var description: String {
        var text = "PostgresError.\(kind)"
        if let code {
            text += " (SQLSTATE \(code))"
        }
        return text + " – details withheld; use String(reflecting:) for debugging"
    }

    public var debugDescription: String {
        var fields = ["kind: \(kind)"]
        if let code { fields.append("code: \(code)") }
        fields.append("message: \(String(reflecting: message))")
        if let detail { fields.append("detail: \(String(reflecting: detail))") }
        if let hint { fields.append("hint: \(String(reflecting: hint))") }
        if let constraint { fields.append("constraint: \(String(reflecting: constraint))") }
        if let table { fields.append("table: \(String(reflecting: table))") }
        if let column { fields.append("column: \(String(reflecting: column))") }
        if let query { fields.append("query: \(String(reflecting: query))") }
        return "PostgresError(\(fields.joined(separator: ", ")))"
    }
}
