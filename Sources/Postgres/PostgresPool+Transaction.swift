extension PostgresPool {
    /// Runs `body` in a transaction: `BEGIN ISOLATION LEVEL …`, `body`, `COMMIT`.
    ///
    /// Guarantees:
    /// - If `body` throws, the transaction is rolled back and the error rethrown.
    /// - If `body` returns but the transaction was aborted by an error it swallowed, nothing is
    ///   committed and ``PostgresError`` with ``SQLState/inFailedSQLTransaction`` is thrown.
    /// - On a serialization failure (40001) or deadlock (40P01) — from `body` or from `COMMIT` —
    ///   the whole transaction, `body` included, runs again in a new transaction, up to
    ///   `maxAttempts` times in all, after a short jittered backoff that holds no connection.
    /// - If `BEGIN` fails because a pooled connection turned out to be dead, the attempt is retried
    ///   on a fresh connection: nothing had been sent yet.
    ///
    /// - Important: `body` may run more than once: keep it free of side effects outside the
    ///   database, or make them idempotent.
    /// - Throws: The last error once attempts are exhausted; whatever `body` throws; the errors of
    ///   ``withConnection(_:)``. A ``PostgresError/Kind/connectionLost`` during or after `body`
    ///   is not retried (the `COMMIT` may have happened).
    @discardableResult
    public func withTransaction<T: Sendable>(
        isolation: IsolationLevel = .readCommitted,
        maxAttempts: Int = 5,
        _ body: @escaping @Sendable (PostgresConnection) throws -> T
    ) async throws -> T {
        let attempts = Swift.max(1, maxAttempts)
        var attempt = 1
        while true {
            do {
                return try await withConnection { connection in
                    try Self.runTransaction(on: connection, isolation: isolation, body)
                }
            } catch let failure as BeginFailed {
                guard attempt < attempts, failure.error.kind == .connectionLost else { throw failure.error }
                logger.debug("postgres retrying transaction after BEGIN on a lost connection",
                             metadata: ["postgres.attempt": "\(attempt)"])
            } catch let error as PostgresError where error.kind == .server
                && (error.code == .serializationFailure || error.code == .deadlockDetected)
                && attempt < attempts
            {
                logger.debug("postgres retrying transaction", metadata: [
                    "postgres.attempt": "\(attempt)",
                    "postgres.sqlstate": "\(error.code.map(\.rawValue) ?? "")",
                ])
            }
            try await Task.sleep(nanoseconds: Self.backoff(attempt: attempt))
            attempt += 1
        }
    }

    /// One attempt, on the connection's thread.
    private static func runTransaction<T>(
        on connection: PostgresConnection,
        isolation: IsolationLevel,
        _ body: (PostgresConnection) throws -> T
    ) throws -> T {
        // BEGIN goes out with the body's first statement, in the same round trip. A pooled
        // connection found dead fails there; before the body, nothing had been sent.
        guard !connection.isBad else {
            throw BeginFailed(error: PostgresError(kind: .connectionLost, message: "the pooled connection is closed",
                                                   query: "BEGIN"))
        }
        connection.deferBegin("BEGIN ISOLATION LEVEL \(isolation.sql)")
        let result: T
        do {
            result = try body(connection)
        } catch {
            if !connection.abandonUnsent() && !connection.isBad {
                try? connection.executeScript("ROLLBACK")
            }
            throw error
        }
        // A body that ran no statement never began a transaction: nothing to commit.
        if connection.isTransactionUnstarted {
            _ = connection.abandonUnsent()
            return result
        }
        // COMMIT of an aborted transaction "succeeds" with the tag ROLLBACK.
        if try connection.commandStatus("COMMIT") == "ROLLBACK" {
            throw PostgresError(
                kind: .server,
                code: .inFailedSQLTransaction,
                message: "the transaction was aborted by an earlier error, so COMMIT rolled it back",
                query: "COMMIT"
            )
        }
        return result
    }

    /// Exponential backoff with full jitter: up to 10 ms, 20 ms, 40 ms … capped at 320 ms.
    static func backoff(attempt: Int) -> UInt64 {
        let ceiling = UInt64(10_000_000) << UInt64(Swift.min(attempt - 1, 5))
        return UInt64.random(in: ceiling / 2...ceiling)
    }
}

/// `BEGIN` itself failed — or the connection broke on the first statement, sent with the deferred
/// `BEGIN`: nothing can have been committed. Carries the error so `withTransaction` can tell it
/// from a body failure and retry on a fresh connection.
struct BeginFailed: Error {
    var error: PostgresError
}
