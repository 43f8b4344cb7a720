import Postgres
import Testing

@Suite("Parameter binding against a real server")
struct ParameterBindingTests {
    static let hostileStrings = [
        "plain", "it's", "''", "back\\slash\\", "'; DROP TABLE item; --", "\"double\" quotes",
        "$1 $2", "ünïcödé ✓ 日本語", "emoji 🎉👨‍👩‍👧‍👦", "", "  padded  ", "tab\tnew\nline\r",
        "{braces,and,commas}", "NULL", "\\x00 not a nul", "E'\\n'",
    ]

    @Test func hostileStringsRoundTripAsData() async throws {
        try await ScratchDatabase.with { db in
            try await db.script("CREATE TABLE item (id int PRIMARY KEY, value text)")
            for (id, value) in Self.hostileStrings.enumerated() {
                try await db.query("INSERT INTO item (id, value) VALUES (\(id), \(value))")
                let echoed = try await db.query("SELECT \(value)::text AS v").first?.decode("v", as: String.self)
                #expect(echoed == value)
            }
            let rows = try await db.query("SELECT id, value FROM item ORDER BY id")
            #expect(rows.count == Self.hostileStrings.count)
            for row in rows {
                #expect(try row.decode("value") == Self.hostileStrings[row.decode("id", as: Int.self)])
            }
            // The table survived every "DROP TABLE".
            #expect(try db.cluster.psql("SELECT count(*) FROM item", database: db.name) == "\(Self.hostileStrings.count)\n")
        }
    }

    @Test func nullsBindAndDecode() async throws {
        try await ScratchDatabase.with { db in
            let missing: String? = nil
            let number: Int64? = nil
            let row = try #require(try await db.query("SELECT \(missing)::text AS s, \(number)::int8 AS n, \(Optional(5))::int AS f").first)
            #expect(row["s"] == nil)
            #expect(try row.decode("s", as: String?.self) == nil)
            #expect(try row.decode("n", as: Int64?.self) == nil)
            #expect(try row.decode("f", as: Int?.self) == 5)
        }
    }

    @Test func integersAtTheirBoundsRoundTrip() async throws {
        try await ScratchDatabase.with { db in
            for value in [Int64.min, Int64.min + 1, -1, 0, 1, Int64(Int32.max) + 1, Int64.max] {
                let row = try #require(try await db.query("SELECT \(value)::int8 AS v").first)
                #expect(try row.decode("v", as: Int64.self) == value)
            }
            for value in [Int32.min, 0, Int32.max] {
                let row = try #require(try await db.query("SELECT \(value)::int4 AS v").first)
                #expect(try row.decode("v", as: Int32.self) == value)
            }
            let row = try #require(try await db.query("SELECT \(Int.max)::int8 AS v").first)
            #expect(try row.decode("v", as: Int.self) == Int.max)
        }
    }

    @Test func boolsAndDoublesRoundTrip() async throws {
        try await ScratchDatabase.with { db in
            for value in [true, false] {
                let row = try #require(try await db.query("SELECT \(value)::bool AS v").first)
                #expect(row["v"] == (value ? "t" : "f"))
                #expect(try row.decode("v", as: Bool.self) == value)
            }
            for value in [0.1, -2.5e-300, 1.7976931348623157e308, Double.infinity, -Double.infinity, 0] {
                let row = try #require(try await db.query("SELECT \(value)::float8 AS v").first)
                #expect(try row.decode("v", as: Double.self) == value)
            }
            let nan = try #require(try await db.query("SELECT \(Double.nan)::float8 AS v").first)
            #expect(try nan.decode("v", as: Double.self).isNaN)
        }
    }

    @Test func arraysWithQuotesCommasAndNullsRoundTrip() async throws {
        try await ScratchDatabase.with { db in
            let strings = ["a", "b,c", "d\"e", "f\\g", "{h}", "NULL", "", " i ", "ü🎉", "'; DROP TABLE x; --"]
            let row = try #require(try await db.query("SELECT \(strings)::text[] AS v, cardinality(\(strings)::text[]) AS n").first)
            #expect(try row.decode("v", as: [String].self) == strings)
            #expect(try row.decode("n", as: Int.self) == strings.count)

            let withNulls: [String?] = ["x", nil, "NULL", nil]
            let nullRow = try #require(try await db.query("SELECT \(withNulls)::text[] AS v, array_position(\(withNulls)::text[], NULL) AS p").first)
            #expect(try nullRow.decode("v", as: [String?].self) == withNulls)
            #expect(try nullRow.decode("p", as: Int.self) == 2)

            let numbers: [Int64] = [Int64.min, 0, Int64.max]
            let numberRow = try #require(try await db.query("SELECT \(numbers)::int8[] AS v").first)
            #expect(try numberRow.decode("v", as: [Int64].self) == numbers)

            let empty = try #require(try await db.query("SELECT \([String]())::text[] AS v").first)
            #expect(try empty.decode("v", as: [String].self) == [])
        }
    }

    @Test func serverBuiltArraysDecode() async throws {
        try await ScratchDatabase.with { db in
            let row = try #require(try await db.query(#"SELECT ARRAY['a b', NULL, 'x,y', '"q"', '\', 'null', '']::text[] AS v"#).first)
            #expect(try row.decode("v", as: [String?].self) == ["a b", nil, "x,y", "\"q\"", "\\", "null", ""])
        }
    }

    @Test func appendedConditionsRunWithRenumberedParameters() async throws {
        try await ScratchDatabase.with { db in
            try await db.script("""
                CREATE TABLE member (id int, tier text, name text);
                INSERT INTO member VALUES (1, 'gold', 'Ann'), (2, 'gold', 'Bob'), (3, 'basic', 'Cy');
                """)
            var sql: SQL = "SELECT name FROM member WHERE true"
            sql.append(" AND tier = \("gold")")
            sql.append(" AND id > \(1)")
            let names = try await db.query(sql + " ORDER BY \(unsafe: "name")").map { try $0.decode("name", as: String.self) }
            #expect(names == ["Bob"])
        }
    }

    @Test func executeReportsRowsAffected() async throws {
        try await ScratchDatabase.with { db in
            try await db.script("CREATE TABLE t (n int); INSERT INTO t SELECT generate_series(1, 10)")
            let affected = try await db.pool.withConnection { connection in
                try connection.execute("UPDATE t SET n = n + 1 WHERE n > \(4)")
            }
            #expect(affected == 6)
            let result = try await db.query("DELETE FROM t WHERE n < \(4)")
            #expect(result.rowsAffected == 3)
            #expect(result.count == 0)
        }
    }

    @Test func sessionIsUTF8ISOAndUTCEvenWhenConninfoSaysOtherwise() async throws {
        try await ScratchDatabase.with { db in
            let conninfo = db.cluster.conninfo(database: db.name)
                + " application_name=custom-name options='-c TimeZone=Europe/Berlin -c DateStyle=German'"
            let pool = PostgresPool(configuration: PostgresConfiguration(conninfo: conninfo, poolSize: 1), logger: ScratchDatabase.logger)
            defer { Task { await pool.close() } }
            let row = try #require(try await pool.withConnection { connection in
                try connection.query("""
                    SELECT current_setting('TimeZone') AS tz, current_setting('DateStyle') AS ds,
                           current_setting('client_encoding') AS enc, current_setting('application_name') AS app,
                           '2024-03-01 12:00+00'::timestamptz::text AS ts
                    """).first
            })
            #expect(row["tz"] == "UTC")
            #expect(row["ds"]?.hasPrefix("ISO") == true)
            #expect(row["enc"] == "UTF8")
            #expect(row["app"] == "custom-name")
            #expect(row["ts"] == "2024-03-01 12:00:00+00")
            await pool.close()
        }
    }
}
