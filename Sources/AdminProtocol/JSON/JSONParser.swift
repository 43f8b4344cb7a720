/// Reads one JSON text (RFC 8259) straight from UTF-8 bytes into a `JSONValue`.
///
/// Strict: no comments, no trailing commas, no leading zeros, no `NaN`/`Infinity`, no byte-order
/// mark, exactly one value with only JSON whitespace (space, tab, CR, LF) around it. Strings must
/// be valid UTF-8 without raw control characters; `\uXXXX` escapes must pair their surrogates.
///
/// Guarantees a caller may rely on:
/// - Nesting is counted while parsing: the first `[` or `{` beyond `maximumDepth` fails with
///   `.tooDeep` before anything under it is read, so recursion never goes deeper than the limit
///   and a hostile `[[[[…` ten thousand deep costs a few bytes of scanning.
/// - A number whose value is a whole number that fits in `Int64` becomes `.integer`, however it
///   is written (`7`, `7.0`, `0.7e1`, `-0`), as reading through `JSONDecoder` did; any other
///   number is parsed exactly as `Double(String)` parses it, and becomes `.integer` too if that
///   `Double` is whole and fits in `Int64`, else `.double`. So a `.double` is never a whole
///   number within `Int64`, and writing any value read and reading it back gives it unchanged.
///   A number too large for `Double` (`1e400`) is refused rather than read as infinity.
/// - When an object repeats a key, the last occurrence wins.
///
/// - Important: Error messages name the problem, never the input, so they are safe to echo.
struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    private let maximumDepth: Int
    var index = 0

    private init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    /// Parses `bytes` as exactly one JSON text.
    ///
    /// - Throws: `JSONCoding.ReadError.tooDeep` past `maximumDepth` nested arrays/objects,
    ///   `.invalidUTF8` for bytes that are not UTF-8, `.malformed` for anything else.
    static func parse(_ bytes: some Collection<UInt8>, maximumDepth: Int = JSONCoding.maximumDepth)
        throws(JSONCoding.ReadError) -> JSONValue
    {
        try parseWhole(bytes, maximumDepth: maximumDepth) { (parser) throws(JSONCoding.ReadError) in try parser.parseValue(depth: 0) }
    }

    /// A JSON text as the request path reads it: an object as its members in the order written,
    /// never made a dictionary (a request's envelope is looked at once, member by member), or
    /// any other value whole. By the same rules as ``parse(_:maximumDepth:)``.
    enum TopLevel {
        case members([(key: String, value: JSONValue)])
        case value(JSONValue)
    }

    /// Parses `bytes` as exactly one JSON text, an object kept as its members.
    ///
    /// - Throws: As ``parse(_:maximumDepth:)``.
    static func parseTopLevel(_ bytes: some Collection<UInt8>, maximumDepth: Int = JSONCoding.maximumDepth)
        throws(JSONCoding.ReadError) -> TopLevel
    {
        try parseWhole(bytes, maximumDepth: maximumDepth) { (parser) throws(JSONCoding.ReadError) in
            parser.peek() == UInt8(ascii: "{") ? .members(try parser.parseMembers(depth: 1)) : .value(try parser.parseValue(depth: 0))
        }
    }

    /// Runs `read` over the whole of `bytes`: only JSON whitespace may be left around what it reads.
    private static func parseWhole<T>(_ bytes: some Collection<UInt8>, maximumDepth: Int,
                                      _ read: (inout JSONParser) throws(JSONCoding.ReadError) -> T) throws(JSONCoding.ReadError) -> T
    {
        func whole(_ buffer: UnsafeBufferPointer<UInt8>) throws(JSONCoding.ReadError) -> T {
            var parser = JSONParser(bytes: buffer, maximumDepth: maximumDepth)
            parser.skipWhitespace()
            let value = try read(&parser)
            parser.skipWhitespace()
            guard parser.index == buffer.count else { throw parser.unexpected("after the value") }
            return value
        }
        let outcome = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(JSONCoding.ReadError) in try whole(buffer) }
        }
        if let outcome { return try outcome.get() }
        let copy = Array(bytes)
        return try copy.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONCoding.ReadError) in try whole(buffer) }
        }.get()
    }

    /// The value a JSON number's text stands for, by the rules above; `nil` if `text` is not a
    /// JSON number or is out of `Double`'s range.
    static func number(fromText text: String) -> JSONValue? {
        var text = text
        return text.withUTF8 { buffer in
            var parser = JSONParser(bytes: buffer, maximumDepth: 0)
            guard let value = try? parser.parseNumber(), parser.index == buffer.count else { return nil }
            return value
        }
    }

    // MARK: - Values

    private mutating func parseValue(depth: Int) throws(JSONCoding.ReadError) -> JSONValue {
        guard index < bytes.count else { throw .malformed("unexpected end of input") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        default: throw unexpected("where a value should start")
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONCoding.ReadError) -> JSONValue {
        let members = try parseMembers(depth: depth)
        if members.isEmpty { return .object([:]) }
        // Built at its final size: growing it member by member would hash every key again at
        // each resize.
        var object = [String: JSONValue](minimumCapacity: members.count)
        for (key, value) in members { object[key] = value }  // a repeated key: the last wins
        return .object(object)
    }

    /// An object's members, in the order written, from its `{` to its `}`.
    private mutating func parseMembers(depth: Int) throws(JSONCoding.ReadError) -> [(key: String, value: JSONValue)] {
        guard depth <= maximumDepth else { throw .tooDeep(limit: maximumDepth) }
        index += 1  // {
        var members: [(key: String, value: JSONValue)] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return members
        }
        // Room for a request's envelope or a typical params object in one allocation.
        members.reserveCapacity(8)
        while true {
            guard peek() == UInt8(ascii: "\"") else { throw unexpected("where an object key should start") }
            let key = try parseString()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw unexpected("after an object key") }
            index += 1
            skipWhitespace()
            members.append((key, try parseValue(depth: depth)))
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","):
                index += 1
                skipWhitespace()
            case UInt8(ascii: "}"):
                index += 1
                return members
            default:
                throw unexpected("in an object")
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONCoding.ReadError) -> JSONValue {
        guard depth <= maximumDepth else { throw .tooDeep(limit: maximumDepth) }
        index += 1  // [
        var elements: [JSONValue] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","):
                index += 1
                skipWhitespace()
            case UInt8(ascii: "]"):
                index += 1
                return .array(elements)
            default:
                throw unexpected("in an array")
            }
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONCoding.ReadError) {
        let count = literal.utf8CodeUnitCount
        guard bytes.count - index >= count else { throw .malformed("invalid literal") }
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: count)
        for offset in 0..<count where bytes[index + offset] != expected[offset] {
            throw .malformed("invalid literal")
        }
        index += count
    }

    // MARK: - Strings

    /// Reads a string starting at its opening quote.
    private mutating func parseString() throws(JSONCoding.ReadError) -> String {
        index += 1  // "
        let start = index
        var sawNonASCII = false
        // Fast path: no escapes, the string is one slice of the input.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                return try makeString(slice, validate: sawNonASCII)
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw .malformed("control character in a string") }
            if byte >= 0x80 { sawNonASCII = true }
            index += 1
        }
        guard index < bytes.count else { throw .malformed("unterminated string") }
        // Slow path: collect the bytes, decoding escapes.
        var buffer: [UInt8] = []
        buffer.reserveCapacity(index - start + 16)
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return try buffer.withUnsafeBufferPointer { (slice) throws(JSONCoding.ReadError) in
                    try makeString(slice, validate: sawNonASCII)
                }
            case UInt8(ascii: "\\"):
                index += 1
                try appendEscape(to: &buffer)
            case 0..<0x20:
                throw .malformed("control character in a string")
            default:
                if byte >= 0x80 { sawNonASCII = true }
                buffer.append(byte)
                index += 1
            }
        }
        throw .malformed("unterminated string")
    }

    private func makeString(_ bytes: UnsafeBufferPointer<UInt8>, validate: Bool) throws(JSONCoding.ReadError) -> String {
        guard validate else { return String(decoding: bytes, as: UTF8.self) }
        guard let string = String(validating: bytes, as: UTF8.self) else { throw .invalidUTF8 }
        return string
    }

    /// Decodes the escape after a backslash (already consumed) and appends its UTF-8.
    private mutating func appendEscape(to buffer: inout [UInt8]) throws(JSONCoding.ReadError) {
        guard index < bytes.count else { throw .malformed("unterminated string") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(byte)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try parseHex4()
            var scalarValue = UInt32(unit)
            if (0xD800...0xDBFF).contains(unit) {
                guard bytes.count - index >= 2, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw .malformed("unpaired surrogate in a string")
                }
                index += 2
                let low = try parseHex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw .malformed("unpaired surrogate in a string") }
                scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(unit) {
                throw .malformed("unpaired surrogate in a string")
            }
            // Every non-surrogate value up to 0x10FFFF is a scalar.
            buffer.append(contentsOf: UTF8.encode(Unicode.Scalar(scalarValue)!)!)
        default:
            throw .malformed("invalid escape in a string")
        }
    }

    private mutating func parseHex4() throws(JSONCoding.ReadError) -> UInt16 {
        guard bytes.count - index >= 4 else { throw .malformed("invalid \\u escape") }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw .malformed("invalid \\u escape")
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }

    // MARK: - Bytes

    func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    mutating func skipDigits() {
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
            default: return
            }
        }
    }

    /// The error for an unexpected byte (or the end) at `index`: `.invalidUTF8` if the bytes
    /// there are not UTF-8 at all, otherwise `.malformed` saying where.
    private func unexpected(_ place: String) -> JSONCoding.ReadError {
        guard index < bytes.count else { return .malformed("unexpected end of input") }
        if bytes[index] >= 0x80 {
            var iterator = bytes[index...].makeIterator()
            var decoder = UTF8()
            if case .error = decoder.decode(&iterator) { return .invalidUTF8 }
        }
        return .malformed("unexpected character \(place)")
    }
}
