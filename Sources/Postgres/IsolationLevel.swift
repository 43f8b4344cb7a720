/// The isolation level of a transaction started by ``PostgresPool/withTransaction(isolation:maxAttempts:_:)``.
///
/// Under ``repeatableRead`` and ``serializable`` PostgreSQL may abort a transaction with
/// SQLSTATE 40001 (``SQLState/serializationFailure``); `withTransaction` retries those.
public enum IsolationLevel: Sendable {
    /// `READ COMMITTED`, PostgreSQL's default.
    case readCommitted
    /// `REPEATABLE READ`: one snapshot for the whole transaction.
    case repeatableRead
    /// `SERIALIZABLE`: as if the transactions ran one after another.
    case serializable

    /// The SQL spelling used after `BEGIN ISOLATION LEVEL`.
    var sql: String {
        switch self {
        case .readCommitted: "READ COMMITTED"
        case .repeatableRead: "REPEATABLE READ"
        case .serializable: "SERIALIZABLE"
        }
    }
}
