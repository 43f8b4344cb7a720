import Postgres
import Testing

@Suite("Server errors")
struct ServerErrorTests {
    @Test func uniqueViolationCarriesSQLStateAndConstraintButDescriptionLeaksNothing() async throws {
        try await ScratchDatabase.with { db in
            try await db.script("CREATE TABLE member (id serial PRIMARY KEY, email text CONSTRAINT member_email_key UNIQUE)")
            try await db.query("INSERT INTO member (email) VALUES (\("secret@example.com"))")
            let error = try await #require(throws: PostgresError.self) {
                try await db.query("INSERT INTO member (email) VALUES (\("secret@example.com"))")
            }
            #expect(error.kind == .server)
            #expect(error.code == .uniqueViolation)
            #expect(error.constraint == "member_email_key")
            #expect(error.table == "member")
            #expect(error.detail?.contains("secret@example.com") == true)
            #expect(!error.isRetryable)
            #expect(!error.description.contains("secret@example.com"))
            #expect(!error.description.contains("INSERT"))
            #expect(String(reflecting: error).contains("secret@example.com"))
            #expect(String(reflecting: error).contains("INSERT INTO member"))
        }
    }

    @Test func serverErrorsMapToNamedSQLStates() async throws {
        try await ScratchDatabase.with { db in
            try await db.script("""
                CREATE TABLE parent (id int PRIMARY KEY);
                CREATE TABLE child (id int PRIMARY KEY, parent_id int NOT NULL REFERENCES parent,
                                    amount int CONSTRAINT amount_positive CHECK (amount > 0), code varchar(3));
                INSERT INTO parent VALUES (1);
                """)
            let cases: [(SQL, SQLState)] = [
                ("INSERT INTO child VALUES (1, 99, 1, 'a')", .foreignKeyViolation),
                ("INSERT INTO child VALUES (1, NULL, 1, 'a')", .notNullViolation),
                ("INSERT INTO child VALUES (1, 1, -5, 'a')", .checkViolation),
                ("INSERT INTO child VALUES (1, 1, 1, 'abcd')", .stringDataRightTruncation),
                ("SELECT 'abc'::int", .invalidTextRepresentation),
                ("SELECT 2147483647::int + 1", .numericValueOutOfRange),
                ("SELECT * FROM no_such_table", .undefinedTable),
                ("SELECT no_such_column FROM parent", .undefinedColumn),
                ("SELEC 1", .syntaxError),
                ("DO $$ BEGIN RAISE EXCEPTION 'custom'; END $$", .raiseException),
                ("SELECT '2024-13-45'::date", .datetimeFieldOverflow),
                ("SELECT 'not a date'::date", .invalidDatetimeFormat),
            ]
            try await db.pool.withConnection { connection in
                for (sql, expected) in cases {
                    #expect {
                        try connection.query(sql)
                    } throws: { error in
                        (error as? PostgresError)?.code == expected && (error as? PostgresError)?.kind == .server
                    }
                }
                // The connection is still usable after all those errors.
                let one = try connection.query("SELECT 1 AS one").first?["one"]
                #expect(one == "1")
            }
        }
    }

    @Test func nulBytesAreRejectedBeforeSending() async throws {
        try await ScratchDatabase.with { db in
            let error = try await #require(throws: PostgresError.self) {
                try await db.query("SELECT \("a\u{0}b")::text")
            }
            #expect(error.code == .characterNotInRepertoire)
            #expect(try await db.query("SELECT 1 AS one").count == 1)
        }
    }

    @Test func executeScriptRunsManyStatementsAndStopsAtTheFirstError() async throws {
        try await ScratchDatabase.with { db in
            let error = try await #require(throws: PostgresError.self) {
                try await db.script("CREATE TABLE a (n int); INSERT INTO a VALUES (1); SELECT 1/0; INSERT INTO a VALUES (2)")
            }
            #expect(error.code == .divisionByZero)
            // Without BEGIN the statements of one simple query run in one implicit transaction.
            #expect(try db.cluster.psql("SELECT count(*) FROM pg_tables WHERE tablename = 'a'", database: db.name) == "0\n")
        }
    }
}
