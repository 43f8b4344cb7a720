import AdminProtocol
import Testing

/// `JSONCoding.encodedValue(of:)` writes a typed value from its encoding's nodes, without
/// building the `JSONValue`: it must write exactly the bytes of `encode(value(of:))`, the path it
/// replaces for every result the daemon sends.
@Suite("JSON coding: results written without a value")
struct EncodedValueTests {
    /// What the daemon wrote before: the value, then its bytes.
    static func throughValue<T: Encodable>(_ value: T) throws -> [UInt8] {
        try JSONCoding.encode(JSONCoding.value(of: value))
    }

    /// Keys that the eight-byte prefix sort cannot tell apart, and keys it orders by bytes
    /// rather than by `String`'s `<`.
    static let trickyKeys = [
        "abcdefgh", "abcdefgh0", "abcdefgh1", "abcdefg", "abcdefghij", "a", "a\u{0}", "a\u{0}b", "", "B", "_", "é",
        "e\u{301}", "\u{e9}a", "😀", "Ａ", "a10", "a9", "zzzzzzzzzzzzzzzzzzzzzzzzz", "zzzzzzzzzzzzzzzzzzzzzzzzy",
    ]

    @Test func dictionariesWithTrickyKeysAreWrittenAsTheirValue() throws {
        var dictionary: [String: Int] = [:]
        for (position, key) in Self.trickyKeys.enumerated() { dictionary[key] = position }
        #expect(try JSONCoding.encodedValue(of: dictionary) == Self.throughValue(dictionary))
        let nested = ["outer": dictionary, "": [:], "abcdefgh2": ["abcdefgh1": 1, "abcdefgh": 2]]
        #expect(try JSONCoding.encodedValue(of: nested) == Self.throughValue(nested))
    }

    @Test func generatedValuesInsideTypedContainersAreWrittenAsTheirValue() throws {
        var generator = JSONCodingTests.ValueGenerator(seed: 23)
        for _ in 0..<300 {
            // A dictionary and an array of values encode through keyed and unkeyed containers.
            guard case .object(let members) = generator.value(depth: 4) else { continue }
            #expect(try JSONCoding.encodedValue(of: members) == Self.throughValue(members))
            let elements = Array(members.values)
            #expect(try JSONCoding.encodedValue(of: elements) == Self.throughValue(elements))
        }
    }

    @Test func everyKindOfContainerIsWrittenAsItsValue() throws {
        for shapes in [Shapes(number: 3.0), Shapes(number: 0.1), Shapes(number: 1e16), Shapes(number: -0.0), Shapes(number: 1e300)] {
            let written = try JSONCoding.encodedValue(of: shapes)
            #expect(written == (try Self.throughValue(shapes)), "\(String(decoding: written, as: UTF8.self))")
        }
        // The last of a key set twice wins, as in the value's dictionary.
        let written = String(decoding: try JSONCoding.encodedValue(of: Shapes(number: 1)), as: UTF8.self)
        #expect(written.contains(#""twice":"second""#))
        #expect(!written.contains("first"))
    }

    @Test func daemonResultsAreWrittenAsTheirValue() throws {
        #expect(try JSONCoding.encodedValue(of: JSONCodingTests.sampleStatus) == Self.throughValue(JSONCodingTests.sampleStatus))
        #expect(try JSONCoding.encodedValue(of: JSONCodingTests.sampleNumbers) == Self.throughValue(JSONCodingTests.sampleNumbers))
        #expect(try JSONCoding.encodedValue(of: "plain") == Array(#""plain""#.utf8))
        #expect(try JSONCoding.encodedValue(of: JSONValue.null) == Array("null".utf8))
    }

    @Test func aResponseAroundWrittenResultBytesIsTheResponseWrittenAsOneValue() throws {
        for id: JSONValue in [7, "a \"quoted\" id ☃", .null, .integer(.min)] {
            let result = try JSONCoding.value(of: JSONCodingTests.sampleStatus)
            let whole = try JSONCoding.encode(RPCResponse(id: id, result: result).jsonValue)
            #expect(try RPCResponse.encoded(id: id, result: JSONCoding.encodedValue(of: JSONCodingTests.sampleStatus)) == whole)
        }
    }

    @Test func whatCannotBeWrittenFailsAsTheValueDoes() {
        #expect(throws: EncodingError.self) { try JSONCoding.encodedValue(of: Shapes(number: .nan)) }
        #expect(throws: EncodingError.self) { try JSONCoding.encodedValue(of: Nothing()) }
        #expect(throws: EncodingError.self) { try JSONCoding.value(of: Nothing()) }
    }

    /// Encodes one of everything an `Encoder` offers.
    struct Shapes: Encodable {
        var number: Double

        enum Keys: String, CodingKey {
            case number, twice, missing, nested, list, empty, parent, zeta, alpha, abcdefgh1, abcdefgh0
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(number, forKey: .zeta)
            try container.encode("first", forKey: .twice)
            try container.encodeIfPresent(nil as String?, forKey: .missing)
            try container.encode(number, forKey: .number)
            try container.encode("second", forKey: .twice)
            var nested = container.nestedContainer(keyedBy: Keys.self, forKey: .nested)
            try nested.encode(true, forKey: .alpha)
            try nested.encodeNil(forKey: .abcdefgh1)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(1)
            try list.encode(Nothing())
            var inner = list.nestedContainer(keyedBy: Keys.self)
            try inner.encode(Int64.min, forKey: .abcdefgh0)
            try inner.encode(UInt8(7), forKey: .abcdefgh1)
            var deeper = list.nestedUnkeyedContainer()
            try deeper.encode("é\"\\\n")
            try container.encode(Nothing(), forKey: .empty)
            let parent = container.superEncoder(forKey: .parent)
            var single = parent.singleValueContainer()
            try single.encode(number)
            try container.encode(["b": 2, "a": 1], forKey: .alpha)
            // Filled after it was placed in its parent.
            try nested.encode("late", forKey: .zeta)
        }
    }

    /// Encodes nothing: `{}` inside a container, an error at the top.
    struct Nothing: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }
}
