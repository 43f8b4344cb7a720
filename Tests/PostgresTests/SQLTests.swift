import Postgres
import Testing

@Suite("SQL building")
struct SQLTests {
    @Test func interpolatedValuesBecomeNumberedBindings() {
        let id = 42
        let name = "O'Brien"
        let sql: SQL = "SELECT * FROM member WHERE id = \(id) AND name = \(name)"
        #expect(sql.text == "SELECT * FROM member WHERE id = $1 AND name = $2")
        #expect(sql.bindings == ["42", "O'Brien"])
    }

    @Test func optionalNoneBindsNull() {
        let email: String? = nil
        let count: Int? = 3
        let sql: SQL = "UPDATE member SET email = \(email), count = \(count)"
        #expect(sql.text == "UPDATE member SET email = $1, count = $2")
        #expect(sql.bindings == [nil, "3"])
    }

    @Test func appendRenumbersTheOtherStatementsPlaceholders() {
        var sql: SQL = "SELECT * FROM member WHERE tier = \("gold")"
        let minimum: Int64 = 10
        sql.append(" AND balance > \(minimum)")
        sql.append(" AND name = \("x") OR name = \("y")")
        #expect(sql.text == "SELECT * FROM member WHERE tier = $1 AND balance > $2 AND name = $3 OR name = $4")
        #expect(sql.bindings == ["gold", "10", "x", "y"])
    }

    @Test func plusAndEmbeddedFragmentsRenumber() {
        let condition: SQL = "a = \(1) AND b = \(2)"
        let plus: SQL = "SELECT \(0) WHERE " + condition
        #expect(plus.text == "SELECT $1 WHERE a = $2 AND b = $3")
        #expect(plus.bindings == ["0", "1", "2"])
        let embedded: SQL = "SELECT \(0) WHERE \(condition) LIMIT \(5)"
        #expect(embedded.text == "SELECT $1 WHERE a = $2 AND b = $3 LIMIT $4")
        #expect(embedded.bindings == ["0", "1", "2", "5"])
    }

    @Test func unsafeInsertsRawTextWithoutBinding() {
        let sql: SQL = "SELECT \(unsafe: "count(*)") FROM \(unsafe: "member") WHERE id = \(7)"
        #expect(sql.text == "SELECT count(*) FROM member WHERE id = $1")
        #expect(sql.bindings == ["7"])
        let raw = SQL(unsafe: "SELECT '$1'")
        #expect(raw.text == "SELECT '$1'")
        #expect(raw.bindings.isEmpty)
    }

    @Test func encodesScalarsInPostgresTextFormat() {
        #expect(true.postgresText == "true")
        #expect(false.postgresText == "false")
        #expect(Int64.min.postgresText == "-9223372036854775808")
        #expect(Double.infinity.postgresText == "Infinity")
        #expect((-Double.infinity).postgresText == "-Infinity")
        #expect(Double.nan.postgresText == "NaN")
        #expect(0.1.postgresText == "0.1")
    }

    @Test func encodesArraysQuotingEveryElement() {
        #expect(["a", "b,c", "d\"e", "f\\g", "NULL", ""].postgresText == #"{"a","b,c","d\"e","f\\g","NULL",""}"#)
        #expect([Optional("x"), nil].postgresText == #"{"x",NULL}"#)
        #expect([Int64]().postgresText == "{}")
        #expect([Int64.max, -1].postgresText == #"{"9223372036854775807","-1"}"#)
    }

    @Test(arguments: [
        (#"{}"#, [String?]()),
        (#"{a,b}"#, ["a", "b"]),
        (#"{"a b"," c ",NULL,null,"NULL"}"#, ["a b", " c ", nil, nil, "NULL"]),
        (#"{"x,y","q\"q","b\\s",\NULL}"#, ["x,y", "q\"q", "b\\s", "NULL"]),
        (#"{ a , b }"#, ["a", "b"]),
        (#"[0:1]={x,y}"#, ["x", "y"]),
        (#"{"",ü🎉}"#, ["", "ü🎉"]),
    ] as [(String, [String?])])
    func parsesArrayLiterals(literal: String, expected: [String?]) throws {
        #expect(try [String?].decode(postgresText: literal) == expected)
    }

    @Test(arguments: [#"{a,b"#, #"a,b}"#, #"{"a}"#, #"{{a},{b}}"#, #"{a,}"#, "", #"{a"b}"#])
    func rejectsMalformedArrayLiterals(literal: String) {
        #expect(throws: PostgresError.self) { try [String?].decode(postgresText: literal) }
    }

    @Test func nullElementNeedsAnOptionalElementType() throws {
        #expect(throws: PostgresError.self) { try [String].decode(postgresText: "{a,NULL}") }
        #expect(try [Int64?].decode(postgresText: "{1,NULL}") == [1, nil])
    }
}
