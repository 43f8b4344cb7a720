import AdminProtocol
import FoundationEssentials
import Testing

/// The wire JSON path: `JSONCoding.readValue` (the strict parser), `encode` (the writer, which
/// must match `JSONEncoder` byte for byte), and `decode`/`value(of:)` (the direct coders, which
/// must answer as going through `JSONEncoder`/`JSONDecoder` did).
@Suite("JSON coding")
struct JSONCodingTests {
    // MARK: - Reading

    static let validTexts: [(String, JSONValue)] = [
        ("null", .null),
        ("true", true),
        (" \t\r\n false \n", false),
        ("0", 0),
        ("-0", 0),
        ("42", 42),
        ("-17", -17),
        ("9223372036854775807", .integer(.max)),
        ("-9223372036854775808", .integer(.min)),
        ("9223372036854775808", .double(9_223_372_036_854_775_808)),
        ("123456789012345678901234567890", .double(1.2345678901234568e29)),
        ("1.0", 1),
        ("1e2", 100),
        ("1.5e1", 15),
        ("-2.50E+1", -25),
        ("1.5", .double(1.5)),
        ("-0.25", .double(-0.25)),
        ("0.1", .double(0.1)),
        ("1e-7", .double(1e-7)),
        ("2.5E-3", .double(0.0025)),
        ("1e300", .double(1e300)),
        ("1.7976931348623157e308", .double(.greatestFiniteMagnitude)),
        ("4.9e-324", .double(.leastNonzeroMagnitude)),
        (#""""#, ""),
        (#""a\"b\\c\/d\b\f\n\r\t""#, "a\"b\\c/d\u{8}\u{C}\n\r\t"),
        (#""\u0041\u00e9\u20AC""#, "Aé€"),
        (#""\ud83d\ude00""#, "😀"),
        (#""é😀 raw""#, "é😀 raw"),
        (#""\u0000""#, "\u{0}"),
        ("[]", []),
        ("[ 1 , [ ] , { } ]", [1, [], [:]]),
        (#"{"a":1,"b":[true,null],"c":{"d":"e"}}"#, ["a": 1, "b": [true, nil], "c": ["d": "e"]]),
        (#"{"jsonrpc":"2.0","method":"subtract","params":[42,23],"id":1}"#,
         ["jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": 1]),
    ]

    @Test(arguments: validTexts)
    func validTextIsRead(text: String, expected: JSONValue) throws {
        #expect(try JSONCoding.readValue(Array(text.utf8)) == expected)
    }

    /// Where both accept a text, the parser agrees with the old path (`JSONDecoder`).
    @Test(arguments: validTexts.map(\.0))
    func validTextReadsAsJSONDecoderReadIt(text: String) throws {
        let old = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(try JSONCoding.readValue(Array(text.utf8)) == old)
    }

    static let malformedTexts: [String] = [
        "", " ", "{", "}", "[", "]", "[1,", "[1,]", "[,1]", "{\"a\":}", "{\"a\" 1}", "{\"a\":1,}", "{,}", "{1:2}",
        "{'a':1}", "\"unterminated", "{} {}", "1 2", "nul", "nulll", "tru", "True", "NaN", "Infinity", "-Infinity",
        "01", "-01", "00", "1.", ".5", "-", "+1", "1e", "1e+", "0x10", "1.5.2", "--1", "1e400", "-1e400",
        "[1] // comment", "/* c */ 1", "\"tab\there\"", "\"new\nline\"", "\"\\x41\"", "\"\\u12\"", "\"\\u12G4\"",
        "\"\\ud83d\"", "\"\\ude00\"", "\"\\ud83d\\u0041\"", "\"\\ud83dx\"", "\u{FEFF}{}", "\u{0}", "[1]\u{0}",
        // The JSON-RPC 2.0 specification's examples of invalid JSON.
        #"{"jsonrpc": "2.0", "method": "foobar, "params": "bar", "baz]"#,
        #"[ {"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"},{"jsonrpc": "2.0", "method" ]"#,
    ]

    @Test(arguments: malformedTexts)
    func malformedTextIsRefused(text: String) {
        #expect(throws: JSONCoding.ReadError.self) { try JSONCoding.readValue(Array(text.utf8)) }
        do {
            _ = try JSONCoding.readValue(Array(text.utf8))
        } catch {
            guard case .malformed(let message) = error else {
                Issue.record("\(text.debugDescription): \(error), expected .malformed")
                return
            }
            #expect(message.count < 60)
        }
    }

    static let invalidUTF8: [[UInt8]] = [
        [0x22, 0xFF, 0x22],  // "\xFF"
        [0x22, 0xC3, 0x22],  // truncated two-byte sequence
        [0x22, 0xC0, 0xAF, 0x22],  // overlong "/"
        [0x22, 0xED, 0xA0, 0x80, 0x22],  // an encoded surrogate
        [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],  // beyond U+10FFFF
        [0x22, 0x5C, 0x6E, 0x80, 0x22],  // a stray continuation byte after an escape
        [0x7B, 0x22, 0x61, 0xFE, 0x22, 0x3A, 0x31, 0x7D],  // in a key
        [0x5B, 0xFF, 0x5D],  // outside a string
    ]

    @Test(arguments: invalidUTF8)
    func invalidUTF8IsRefused(bytes: [UInt8]) {
        #expect(throws: JSONCoding.ReadError.invalidUTF8) { try JSONCoding.readValue(bytes) }
    }

    @Test func nestingUpToTheLimitIsRead() throws {
        let limit = JSONCoding.maximumDepth
        let arrays = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        #expect(try JSONCoding.readValue(Array(arrays.utf8)) != .null)
        let objects = String(repeating: #"{"a":"#, count: limit) + "1" + String(repeating: "}", count: limit)
        #expect(try JSONCoding.readValue(Array(objects.utf8)) != .null)
    }

    @Test(arguments: [65, 10_000, 1_000_000])
    func nestingBeyondTheLimitIsTooDeep(depth: Int) {
        let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(throws: JSONCoding.ReadError.tooDeep(limit: JSONCoding.maximumDepth)) { try JSONCoding.readValue(Array(arrays.utf8)) }
        // Unterminated: refused at the bracket beyond the limit, never read to the end.
        let open = String(repeating: #"{"k":["#, count: depth)
        #expect(throws: JSONCoding.ReadError.tooDeep(limit: JSONCoding.maximumDepth)) { try JSONCoding.readValue(Array(open.utf8)) }
    }

    @Test func aRepeatedKeyKeepsTheLastValue() throws {
        #expect(try JSONCoding.readValue(Array(#"{"a":1,"b":2,"a":3}"#.utf8)) == ["a": 3, "b": 2])
    }

    @Test func anArraySliceIsReadLikeAnArray() throws {
        let line = Array(#"xx{"a":[1,2]}yy"#.utf8)
        #expect(try JSONCoding.readValue(line[2..<(line.count - 2)]) == ["a": [1, 2]])
    }

    // MARK: - Writing

    @Test func writingMatchesJSONEncoderForGeneratedValues() throws {
        var generator = ValueGenerator(seed: 7)
        for _ in 0..<300 {
            let value = generator.value(depth: 4)
            #expect(try JSONCoding.encode(value) == Self.foundationBytes(value))
        }
    }

    static let tricky: [JSONValue] = [
        .double(3.0), .double(-0.0), .double(1.5), .double(0.1), .double(1e300), .double(1e16), .double(1e15),
        .double(1e-6), .double(1.2345678901234568e17), .double(.leastNonzeroMagnitude), .double(.greatestFiniteMagnitude),
        .integer(.min), .integer(.max),
        .string(String((0..<0x20).map { Character(Unicode.Scalar($0)) }) + "\"\\/\u{7F}\u{2028}\u{2029}é😀"),
        ["a10": 1, "a9": 2, "B": 3, "a": 4, "_": 5, "é": 6, "": 7, "😀": 8, "Ａ": 9, "e\u{301}x": 10, "\u{e9}a": 11],
        .array([]), .object([:]),
    ]

    @Test(arguments: tricky)
    func trickyValuesAreWrittenAsJSONEncoderWritesThem(value: JSONValue) throws {
        #expect(try JSONCoding.encodeString(value) == String(decoding: try Self.foundationBytes(value), as: UTF8.self))
    }

    @Test func theOpenRPCDocumentIsByteIdentical() throws {
        let document = OpenRPCDocument.make(version: "1.2.3")
        #expect(try JSONCoding.encode(document) == Self.foundationBytes(document))
    }

    @Test func typedResultsAreByteIdentical() throws {
        let status = Self.sampleStatus
        #expect(try JSONCoding.encode(status) == Self.foundationBytes(status))
        #expect(try JSONCoding.encode(Self.sampleNumbers) == Self.foundationBytes(Self.sampleNumbers))
        #expect(try JSONCoding.encode([RPCError.Code.parseError]) == Array("[-32700]".utf8))
    }

    /// Runs without escapes are found eight bytes at a time: an escape at every offset of a
    /// word, and next to non-ASCII bytes, must still be written as `JSONEncoder` writes it.
    @Test func escapesAtEveryOffsetAreWrittenAsJSONEncoderWritesThem() throws {
        let specials = ["\"", "\\", "\n", "\u{01}", "\u{1F}", "\u{08}", " ", "!", "#", "[", "]", "é", "\u{7F}", "/", "\u{2028}", "😀"]
        for special in specials {
            for before in 0..<18 {
                for after in [0, 1, 7, 8, 9] {
                    let text = String(repeating: "a", count: before) + special + String(repeating: "é", count: after) + special
                    #expect(try JSONCoding.encode(JSONValue.string(text)) == Self.foundationBytes(text), "\(before) \(special.debugDescription) \(after)")
                }
            }
        }
    }

    @Test func nonFiniteNumbersAreNotWritten() {
        #expect(throws: EncodingError.self) { try JSONCoding.encode(JSONValue.double(.nan)) }
        #expect(throws: EncodingError.self) { try JSONCoding.encode(["x": JSONValue.double(.infinity)]) }
        #expect(throws: EncodingError.self) { try JSONCoding.value(of: Numbers(double: .nan)) }
    }

    /// Not whole, but its nearest Double is: the integer that Double holds. (`JSONDecoder` is
    /// no reference here: it reads the first as 111111111111111111 and the second as a Double.)
    @Test(arguments: [
        ("111111111111111111.1", 111_111_111_111_111_104),
        ("-4611686018427387903.5", -4_611_686_018_427_387_904),
        ("0.99999999999999999999", 1),
    ] as [(String, Int64)])
    func aNumberWhoseDoubleIsWholeReadsAsThatInteger(text: String, expected: Int64) throws {
        #expect(try JSONCoding.readValue(Array(text.utf8)) == .integer(expected))
    }

    /// Found by the request-path fuzz target: "111111111111111111.1" read as the Double
    /// 111111111111111104, written "1.111111111111111e+17", read back as 111111111111111100.
    @Test(arguments: ["111111111111111111.1", "11111111111111111111.0111e-2", "-4611686018427387903.5", "0.99999999999999999999"])
    func aNumberReadWritesToTextThatReadsBackTheSame(text: String) throws {
        let value = try JSONCoding.readValue(Array(text.utf8))
        let written = try JSONCoding.encode(value)
        #expect(try JSONCoding.readValue(written) == value, "\(String(decoding: written, as: UTF8.self))")
        #expect(try JSONCoding.encode(JSONCoding.readValue(written)) == written)
    }

    @Test func writtenValuesReadBackUnchanged() throws {
        var generator = ValueGenerator(seed: 11)
        for _ in 0..<300 {
            let value = generator.value(depth: 5)
            #expect(try JSONCoding.readValue(JSONCoding.encode(value)) == value)
        }
    }

    // MARK: - Typed values

    @Test func valueOfMatchesTheOldPathThroughText() throws {
        #expect(try JSONCoding.value(of: Self.sampleStatus) == Self.oldValue(of: Self.sampleStatus))
        #expect(try JSONCoding.value(of: Self.sampleNumbers) == Self.oldValue(of: Self.sampleNumbers))
        for double in [3.0, -0.0, 0.1, 1e16, 1e300, 1_152_921_504_606_846_976, 9_223_372_036_854_775_808, -1e15] {
            let numbers = Numbers(double: double)
            #expect(try JSONCoding.value(of: numbers) == Self.oldValue(of: numbers), "\(double)")
        }
        #expect(try JSONCoding.value(of: Numbers(double: 3)).objectValue?["double"] == .integer(3))
    }

    @Test func typedValuesDecodeBackFromTheirValue() throws {
        let value = try JSONCoding.value(of: Self.sampleStatus)
        #expect(try JSONCoding.decode(DaemonStatus.Result.self, from: value) == Self.sampleStatus)
        // (Without `huge`: above Int64.max it becomes a Double, and 2^64 fits no UInt64.)
        var sample = Self.sampleNumbers
        sample.huge = 5
        #expect(try JSONCoding.decode(Numbers.self, from: JSONCoding.value(of: sample)) == sample)
    }

    @Test func integersAcceptIntegralDoubles() throws {
        #expect(try JSONCoding.decode(Limit.self, from: ["limit": .double(10.0)]).limit == 10)
        #expect(try JSONCoding.decode([Int].self, from: [.double(1e15)]) == [1_000_000_000_000_000])
        #expect(try JSONCoding.decode([Double].self, from: [1, .double(2.5)]) == [1, 2.5])
    }

    static let decodingErrors: [(JSONValue, String)] = [
        (["limit": "ten"], "limit: expected an integer"),
        (["limit": .double(1.5)], "limit: expected an integer"),
        (["limit": nil], "limit: expected an integer, got null"),
        (["limit": true], "limit: expected an integer"),
        (["limit": .integer(5_000_000_000)], "limit: 5000000000 is out of range; must be from 0 to 4294967295"),
        (["limit": .integer(-1)], "limit: -1 is out of range; must be from 0 to 4294967295"),
        ([:], "name: is required"),
        (["name": 5], "name: expected a string"),
        (["name": "x", "tags": "a"], "tags: expected an array"),
        (["name": "x", "tags": ["a", 2]], "tags[1]: expected a string"),
        (["name": "x", "owner": [:]], "owner.id: is required"),
        (["name": "x", "owner": ["id": "1"]], "owner.id: expected an integer"),
        (["name": "x", "owner": []], "owner: expected an object"),
        (["name": "x", "owner": ["id": nil]], "owner.id: expected an integer, got null"),
        (nil, "the value: expected an object, got null"),
        (["name": "x", "flags": ["a": "yes"]], "flags.a: expected a boolean"),
        (["name": "x", "ratio": "high"], "ratio: expected a number"),
        ([1, 2], "the value: expected an object"),
    ]

    @Test(arguments: decodingErrors)
    func decodingErrorsDescribeTheField(value: JSONValue, message: String) {
        do {
            if case .object(let members) = value, members["limit"] != nil {
                _ = try JSONCoding.decode(Limit.self, from: value)
            } else {
                _ = try JSONCoding.decode(Params.self, from: value)
            }
            Issue.record("decoded \(value)")
        } catch {
            #expect(JSONCoding.describe(error) == message)
        }
    }

    /// Messages are the ones `JSONDecoder` gave, wherever it gave a field-level one (for an
    /// integer out of range or with a fraction it said only "invalid JSON").
    @Test(arguments: decodingErrors.filter { !$0.1.contains("out of range") && $0.0["limit"] != .double(1.5) })
    func decodingErrorsMatchJSONDecoder(value: JSONValue, message: String) throws {
        let text = Data(try JSONCoding.encode(value))
        do {
            if case .object(let members) = value, members["limit"] != nil {
                _ = try JSONDecoder().decode(Limit.self, from: text)
            } else {
                _ = try JSONDecoder().decode(Params.self, from: text)
            }
        } catch {
            #expect(JSONCoding.describe(error) == message)
        }
    }

    @Test func optionalMembersMayBeMissingOrNull() throws {
        let params = try JSONCoding.decode(Params.self, from: ["name": "n", "ratio": nil, "owner": ["id": 4]])
        #expect(params == Params(name: "n", tags: nil, owner: Owner(id: 4), flags: nil, ratio: nil))
        #expect(try JSONCoding.value(of: params) == ["name": "n", "owner": ["id": 4]])
    }

    // MARK: - Helpers

    static func foundationBytes<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    /// What `JSONCoding.value(of:)` returned before: `JSONEncoder`, then `JSONDecoder`.
    static func oldValue<T: Encodable>(of value: T) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(foundationBytes(value)))
    }

    static let sampleStatus = DaemonStatus.Result(
        version: "0.9.1 \"quoted\" / slash", pid: 4242, startedAt: "2026-05-01T10:00:00Z", uptimeSeconds: 86_400,
        schemaVersion: 12, schemaExpected: 12,
        database: .init(reachable: true, serverVersion: "17.2", name: nil),
        pool: .init(max: 8, open: 3, idle: 2, inUse: 1, waiting: 0),
        clients: .init(connected: 2, max: 64, requestsServed: 123_456, requestsInFlight: 1),
        counts: ["members": 120, "contacts": 340, "tiers": 4, "applications": 0])

    static let sampleNumbers = Numbers(
        double: 0.1, whole: 3.0, small: -7, big: .max, unsigned: 4_000_000_000, huge: .max, float: 0.1, optional: nil, list: [1, 2.5])

    struct Numbers: Codable, Equatable {
        var double: Double
        var whole: Double = 1
        var small: Int32 = 0
        var big: Int64 = 0
        var unsigned: UInt32 = 0
        var huge: UInt64 = 0
        var float: Float = 0.5
        var optional: Int?
        var list: [Double] = []
    }

    struct Limit: Codable, Equatable {
        var limit: UInt32
    }

    struct Owner: Codable, Equatable {
        var id: Int
    }

    struct Params: Codable, Equatable {
        var name: String
        var tags: [String]?
        var owner: Owner?
        var flags: [String: Bool]?
        var ratio: Double?
    }

    /// Deterministic random `JSONValue`s whose doubles are not whole numbers (a whole-number double
    /// is written as an integer and reads back as `.integer`, by design).
    struct ValueGenerator {
        private var state: UInt64

        init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }

        mutating func value(depth: Int) -> JSONValue {
            switch next() % (depth > 0 ? 8 : 6) {
            case 0: return .null
            case 1: return .bool(next() % 2 == 0)
            case 2: return .integer(Int64(bitPattern: next()) >> (next() % 64))
            case 3:
                let double = Double(bitPattern: next())
                return double.isFinite && double.rounded(.towardZero) != double ? .double(double) : .double(0.5)
            case 4, 5: return .string(string())
            case 6: return .array((0..<(next() % 5)).map { _ in value(depth: depth - 1) })
            default:
                var members: [String: JSONValue] = [:]
                for _ in 0..<(next() % 6) { members[string()] = value(depth: depth - 1) }
                return .object(members)
            }
        }

        /// Up to `maximumLength - 1` scalars, hostile ones (quotes, controls, separators) among them.
        mutating func string(maximumLength: UInt64 = 8) -> String {
            let alphabet: [Unicode.Scalar] = ["a", "b", "Z", "_", "0", "9", "/", "\"", "\\", "\n", "\t", "\u{0}", "\u{1F}", "\u{7F}",
                                              "é", "\u{301}", "€", "\u{2028}", "😀", "\u{FFFF}", " "]
            var text = String.UnicodeScalarView()
            for _ in 0..<(next() % maximumLength) { text.append(alphabet[Int(next() % UInt64(alphabet.count))]) }
            return String(text)
        }
    }
}
