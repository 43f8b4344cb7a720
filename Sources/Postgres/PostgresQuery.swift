/// A statement and how its result is read, so that several can go to the server in one round
/// trip (``PostgresConnection/pipeline(_:)``) as well as one at a time (``PostgresConnection/run(_:)``).
///
/// A store that offers a query this way keeps its SQL and its reading in one place, whichever
/// way the caller runs it.
public struct PostgresQuery<Value>: Sendable {
    /// The statement.
    public let sql: SQL
    /// Reads the statement's result.
    public let read: @Sendable (PostgresResult) throws -> Value

    /// A query of `sql` whose result `read` turns into a value.
    public init(_ sql: SQL, read: @escaping @Sendable (PostgresResult) throws -> Value) {
        self.sql = sql
        self.read = read
    }

    /// The same statement, its value transformed.
    public func map<T>(_ transform: @escaping @Sendable (Value) throws -> T) -> PostgresQuery<T> {
        let read = self.read
        return PostgresQuery<T>(sql) { try transform(try read($0)) }
    }
}

extension PostgresConnection {
    /// Runs one query and reads its result.
    ///
    /// - Throws: As ``query(_:)``, or what the query's reading throws.
    public func run<Value>(_ query: PostgresQuery<Value>) throws -> Value {
        try query.read(self.query(query.sql))
    }

    /// Runs independent queries in one round trip — one libpq pipeline, one `Sync` — and reads
    /// each result, in order.
    ///
    /// Outside a transaction the queries run together as one implicit transaction; inside one
    /// they run in it, after a deferred `BEGIN` and any deferred statements. Each text is
    /// prepared on first use, as for every statement (``StatementCache``). The first failure is
    /// thrown and the queries after it do not run.
    ///
    /// - Throws: As ``query(_:)``, or what a query's reading throws.
    public func pipeline<Value>(_ queries: [PostgresQuery<Value>]) throws -> [Value] {
        guard !queries.isEmpty else { return [] }
        let results = try runAll(queries.map(\.sql))
        return try zip(queries, results).map { query, result in try query.read(result) }
    }
}
