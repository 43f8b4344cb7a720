import NetworkTestSupport
import Postgres
import Testing

/// `PostgresConnection.pipeline(_:)` sends independent queries in one round trip and reads each
/// result in order; what the server saw is read back from its own statistics.
@Suite("Pipelined queries")
struct PipelineTests {
    static func number(_ sql: SQL) -> PostgresQuery<Int> {
        PostgresQuery(sql) { try $0.first?.decode("n", as: Int.self) ?? -1 }
    }

    @Test func queriesComeBackInOrderWithTheirOwnBindings() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            let values = try await db.pool.withConnection { connection in
                try connection.pipeline([
                    Self.number("SELECT \(1)::int AS n"),
                    Self.number("SELECT \(2)::int * 10 AS n"),
                    Self.number("SELECT \(3)::int AS n"),
                    Self.number("SELECT count(*)::int AS n FROM generate_series(1, \(5)::int)"),
                ])
            }
            #expect(values == [1, 20, 3, 5])
            let empty = try await db.pool.withConnection { try $0.pipeline([PostgresQuery<Int>]()) }
            #expect(empty.isEmpty)
        }
    }

    @Test func theQueriesTakeOneRoundTripAndArePreparedForTheNextTime() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            let (first, again, prepared) = try await db.pool.withConnection { connection in
                let queries = [Self.number("SELECT 1 AS n"), Self.number("SELECT 2 AS n"), Self.number("SELECT 3 AS n")]
                // One pipeline with one Sync is one transaction: the three read the same transaction id.
                let xids = try connection.pipeline([
                    Self.number("SELECT txid_current()::int AS n"), Self.number("SELECT txid_current()::int AS n"),
                ])
                #expect(xids[0] == xids[1])
                let first = try connection.pipeline(queries)
                let again = try connection.pipeline(queries)
                let prepared = try connection.run(Self.number("""
                    SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement IN ('SELECT 1 AS n', 'SELECT 2 AS n', 'SELECT 3 AS n')
                    """))
                return (first, again, prepared)
            }
            #expect(first == [1, 2, 3] && again == [1, 2, 3])
            #expect(prepared == 3)
        }
    }

    @Test func aFailingQueryFailsThePipelineAndTheConnectionStaysUsable() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            try await db.script("CREATE TABLE pipeline_probe (n int)")
            let error = await #expect(throws: PostgresError.self) {
                try await db.pool.withConnection { connection in
                    try connection.pipeline([
                        Self.number("SELECT \(1)::int AS n"),
                        Self.number("SELECT 1 / \(0)::int AS n"),
                        PostgresQuery("INSERT INTO pipeline_probe VALUES (\(7)::int)") { _ in 0 },
                    ])
                }
            }
            #expect(error?.code == .divisionByZero)
            // Nothing after the failure ran, and the same connection answers again.
            let after = try await db.pool.withConnection { connection in
                try connection.pipeline([Self.number("SELECT count(*)::int AS n FROM pipeline_probe"), Self.number("SELECT \(8)::int AS n")])
            }
            #expect(after == [0, 8])
        }
    }

    @Test func insideATransactionThePipelineRunsAfterTheDeferredBegin() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            try await db.script("CREATE TABLE pipeline_tx (n int)")
            let seen = try await db.pool.withTransaction { connection in
                try connection.executeDeferred("INSERT INTO pipeline_tx VALUES (\(1)::int)")
                return try connection.pipeline([
                    Self.number("SELECT count(*)::int AS n FROM pipeline_tx"),
                    Self.number("SELECT (current_setting('transaction_isolation') = 'read committed')::int AS n"),
                ])
            }
            #expect(seen == [1, 1])
            let kept = try await db.pool.withConnection { try $0.run(Self.number("SELECT count(*)::int AS n FROM pipeline_tx")) }
            #expect(kept == 1)
        }
    }

    @Test func aNulByteAnywhereRefusesThePipelineBeforeAnythingIsSent() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            try await db.script("CREATE TABLE pipeline_nul (t text)")
            let error = await #expect(throws: PostgresError.self) {
                try await db.pool.withConnection { connection in
                    try connection.pipeline([
                        PostgresQuery("INSERT INTO pipeline_nul VALUES (\("fine"))") { _ in 0 },
                        PostgresQuery("INSERT INTO pipeline_nul VALUES (\("nul\u{0}byte"))") { _ in 0 },
                    ])
                }
            }
            #expect(error?.code == .characterNotInRepertoire)
            #expect(error?.query == "INSERT INTO pipeline_nul VALUES ($1)")
            let rows = try await db.pool.withConnection { try $0.run(Self.number("SELECT count(*)::int AS n FROM pipeline_nul")) }
            #expect(rows == 0)
        }
    }

    @Test func aReadingThatThrowsIsThrown() async throws {
        struct Refused: Error {}
        try await ScratchDatabase.with(poolSize: 1) { db in
            await #expect(throws: Refused.self) {
                try await db.pool.withConnection { connection in
                    try connection.pipeline([Self.number("SELECT 1 AS n"), PostgresQuery<Int>("SELECT 2 AS n") { _ in throw Refused() }])
                }
            }
        }
    }
}
