import NetworkTestSupport
@testable import Postgres
import Testing

/// A connection keeps the column layouts of its recent results (``PostgresColumns/Cache``), so a
/// prepared statement's names are copied and indexed once: a result must still read its own
/// columns whatever layout an earlier result left behind.
@Suite("Column layouts")
struct ColumnLayoutTests {
    @Test func resultsOfOneStatementShareOneLayout() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            let (first, second) = try await db.pool.withConnection { connection in
                (try connection.query("SELECT \(1)::int AS a, 'x' AS b"), try connection.query("SELECT \(2)::int AS a, 'y' AS b"))
            }
            #expect(first.storage.layout === second.storage.layout)
            #expect(first.first?["a"] == "1" && second.first?["a"] == "2" && second.first?["b"] == "y")
        }
    }

    @Test func resultsWithOtherNamesOrderOrCountReadTheirOwnColumns() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            let rows = try await db.pool.withConnection { connection in
                try [
                    "SELECT 1 AS a, 2 AS b", "SELECT 3 AS b, 4 AS a", "SELECT 5 AS a", "SELECT 6 AS a, 7 AS b, 8 AS c",
                    "SELECT 9 AS ab, 10 AS c", "SELECT 11 AS a, 12 AS bc", "SELECT 1 AS a, 2 AS b", "SELECT 13 AS a, 14 AS a",
                ].map { try connection.query(SQL(unsafe: $0)).first! }
            }
            let read = rows.map { row in row.columns.map { "\($0)=\(row[$0] ?? "NULL")" }.joined(separator: " ") }
            #expect(read == ["a=1 b=2", "b=3 a=4", "a=5", "a=6 b=7 c=8", "ab=9 c=10", "a=11 bc=12", "a=1 b=2", "a=13 a=13"])
            // Of duplicate names the first wins, as in libpq.
            #expect(try rows[7].decode("a", as: Int.self) == 13)
            #expect(rows[1].contains("a") && !rows[2].contains("b") && rows[4]["a"] == nil)
        }
    }

    /// A lookup compares the column after the one found last first (``PostgresColumns/hint``):
    /// reading in any order, and past a repeated name, must still find the first of each name.
    @Test func columnsReadInAnyOrderFindTheFirstOfEachName() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            let row = try await db.pool.withConnection { connection in
                try connection.query("SELECT 1 AS id, 2 AS x, 3 AS id, 4 AS y, 5 AS longer_than_fifteen_bytes").first!
            }
            let orders = [["id", "x", "id", "y", "longer_than_fifteen_bytes"], ["x", "id", "y"], ["y", "x", "id", "id"],
                          ["longer_than_fifteen_bytes", "id", "longer_than_fifteen_bytes", "x"], ["x", "x", "y", "y", "id"]]
            let expected = ["id": 1, "x": 2, "y": 4, "longer_than_fifteen_bytes": 5]
            for order in orders {
                #expect(try order.map { try row.decode($0, as: Int.self) } == order.map { expected[$0]! }, "\(order)")
            }
            #expect(throws: PostgresError.self) { try row.decode("missing", as: Int.self) }
            #expect(try row.decode("x", as: Int.self) == 2, "a missing name leaves the next lookup right")
            let layout = row.storage.layout
            #expect(layout.position(of: "id") == 0 && layout.position(of: "x") == 1 && layout.position(of: "id") == 0)
        }
    }

    @Test func moreLayoutsThanTheCacheKeepsAreStillReadRightly() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            let count = PostgresColumns.Cache.capacity * 2 + 3
            let values = try await db.pool.withConnection { connection in
                try (0..<count).map { n in
                    try connection.query(SQL(unsafe: "SELECT \(n) AS c\(n), NULL::text AS n")).first.map { row in
                        (try row.decode("c\(n)", as: Int.self), try row.decode("n", as: String?.self))
                    }
                }
            }
            #expect(values.map { $0?.0 } == (0..<count).map { $0 })
            #expect(values.allSatisfy { $0?.1 == nil })
        }
    }

    @Test func rowsOfAManyRowResultReadTheirOwnValues() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            let result = try await db.query("SELECT n, CASE WHEN n % 2 = 0 THEN NULL ELSE n * 10 END AS tens FROM generate_series(1, 5) n")
            #expect(result.count == 5)
            #expect(try result.map { try $0.decode("n", as: Int.self) } == [1, 2, 3, 4, 5])
            #expect(try result.map { try $0.decode("tens", as: Int?.self) } == [10, nil, 30, nil, 50])
        }
    }
}
