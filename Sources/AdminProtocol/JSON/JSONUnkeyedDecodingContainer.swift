/// The unkeyed container `JSONValueDecoder` hands out for a JSON array.
///
/// Reading past the end is `DecodingError.valueNotFound` at the next index, as with
/// `JSONDecoder`; element paths end in an index key, shown as `[n]` by `JSONCoding.describe`.
struct JSONUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    let codingPath: [any CodingKey]
    /// Passed on to the elements' containers (see `JSONKeyedDecodingContainer`).
    let problems: DecodingProblems?
    private(set) var currentIndex = 0

    init(elements: [JSONValue], codingPath: [any CodingKey], problems: DecodingProblems? = nil) {
        self.elements = elements
        self.codingPath = codingPath
        self.problems = problems
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    mutating func decodeNil() throws -> Bool {
        guard try peek(Never?.self) == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next(type) { try JSONValueDecoder.unboxBool($0, $1) } }
    mutating func decode(_ type: String.Type) throws -> String { try next(type) { try JSONValueDecoder.unboxString($0, $1) } }
    mutating func decode(_ type: Double.Type) throws -> Double { try next(type) { try JSONValueDecoder.unboxDouble($0, $1) } }
    mutating func decode(_ type: Float.Type) throws -> Float { try next(type) { try JSONValueDecoder.unboxFloat($0, $1) } }
    mutating func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let problems = problems
        guard let problems, !isAtEnd else {
            return try next(type) { value, path in try JSONValueDecoder.unbox(value, as: type, codingPath: path) }
        }
        // Collecting: a bad element is recorded and skipped past, so the next ones are checked too.
        let value = elements[currentIndex], path = codingPath + [JSONCodingKey(index: currentIndex)]
        currentIndex += 1
        return try problems.recording({ try JSONValueDecoder.unbox(value, as: type, codingPath: path, problems: problems) },
                                      fallback: { try JSONSchemaGenerator.placeholder(type) })
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let problems = problems
        return try next([String: Any].self) { value, path in try JSONValueDecoder(value: value, codingPath: path, problems: problems).container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let problems = problems
        return try next([Any].self) { value, path in try JSONValueDecoder(value: value, codingPath: path, problems: problems).unkeyedContainer() }
    }

    mutating func superDecoder() throws -> any Decoder {
        try next((any Decoder).self) { value, path in JSONValueDecoder(value: value, codingPath: path) }
    }

    /// The current element, or `.valueNotFound` for `type` when the container is at its end.
    private func peek(_ type: Any.Type) throws -> JSONValue {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, DecodingError.Context(
                codingPath: codingPath + [JSONCodingKey(index: currentIndex)], debugDescription: "Unkeyed container is at end."))
        }
        return elements[currentIndex]
    }

    /// Reads the current element with `read` and moves on only if that succeeded.
    private mutating func next<T>(_ type: Any.Type, _ read: (JSONValue, [any CodingKey]) throws -> T) throws -> T {
        let value = try peek(type)
        let result = try read(value, codingPath + [JSONCodingKey(index: currentIndex)])
        currentIndex += 1
        return result
    }

    private mutating func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        try next(type) { try JSONValueDecoder.unboxInteger($0, as: type, $1) }
    }
}
