import Postgres
import Testing

@Suite("Typed decoding")
struct DecodingTests {
    @Test func nullIntoNonOptionalIsADecodingErrorNamingTheColumn() async throws {
        try await ScratchDatabase.with { db in
            let row = try #require(try await db.query("SELECT NULL::int AS score").first)
            let error = try #require(throws: PostgresError.self) { try row.decode("score", as: Int.self) }
            #expect(error.kind == .decoding)
            #expect(error.column == "score")
            #expect(error.message.contains("score"))
            #expect(try row.decode("score", as: Int?.self) == nil)
        }
    }

    @Test func textThatIsNotAnIntIsADecodingErrorNamingTheColumn() async throws {
        try await ScratchDatabase.with { db in
            let row = try #require(try await db.query("SELECT 'abc-secret'::text AS amount").first)
            let error = try #require(throws: PostgresError.self) { try row.decode("amount", as: Int.self) }
            #expect(error.kind == .decoding)
            #expect(error.column == "amount")
            #expect(error.message.contains("amount"))
            #expect(!error.description.contains("abc-secret"))
            #expect(String(reflecting: error).contains("abc-secret"))
            #expect(throws: PostgresError.self) { try row.decode("amount", as: Int?.self) }
        }
    }

    @Test func missingColumnIsADecodingError() async throws {
        try await ScratchDatabase.with { db in
            let row = try #require(try await db.query("SELECT 1 AS one").first)
            let error = try #require(throws: PostgresError.self) { try row.decode("two", as: Int.self) }
            #expect(error.kind == .decoding)
            #expect(error.column == "two")
            #expect(row["two"] == nil)
            #expect(!row.contains("two"))
        }
    }

    @Test func resultExposesColumnsCountAndRowsInOrder() async throws {
        try await ScratchDatabase.with { db in
            let result = try await db.query("SELECT n, n * 2 AS double FROM generate_series(1, 3) AS n")
            #expect(result.columns == ["n", "double"])
            #expect(result.count == 3)
            #expect(result.rowsAffected == 3)
            #expect(try result.map { try $0.decode("double", as: Int.self) } == [2, 4, 6])
            #expect(try result.first?.decode("n", as: Int.self) == 1)
            let empty = try await db.query("SELECT 1 AS n WHERE false")
            #expect(empty.first == nil)
            #expect(empty.columns == ["n"])
        }
    }
}
