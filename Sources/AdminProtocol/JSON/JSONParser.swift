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
    private let bytes: UnsafeBufferPointer<UInt8>
    private let maximumDepth: Int
    private var index = 0

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
        let outcome = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(JSONCoding.ReadError) in try parse(buffer: buffer, maximumDepth: maximumDepth) }
        }
        if let outcome { return try outcome.get() }
        let copy = Array(bytes)
        return try copy.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONCoding.ReadError) in try parse(buffer: buffer, maximumDepth: maximumDepth) }
        }.get()
    }

    private static func parse(buffer: UnsafeBufferPointer<UInt8>, maximumDepth: Int) throws(JSONCoding.ReadError) -> JSONValue {
        var parser = JSONParser(bytes: buffer, maximumDepth: maximumDepth)
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.index == buffer.count else { throw parser.unexpected("after the value") }
        return value
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
        guard depth <= maximumDepth else { throw .tooDeep(limit: maximumDepth) }
        index += 1  // {
        // Members are collected first and the dictionary is built at its final size: growing it
        // member by member would hash every key again at each resize.
        var members: [(key: String, value: JSONValue)] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return .object([:])
        }
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
                var object = [String: JSONValue](minimumCapacity: members.count)
                for (key, value) in members { object[key] = value }  // a repeated key: the last wins
                return .object(object)
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

    // MARK: - Numbers

    /// Reads a number by RFC 8259's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func parseNumber() throws(JSONCoding.ReadError) -> JSONValue {
        let start = index
        let negative = peek() == UInt8(ascii: "-")
        if negative { index += 1 }
        let integerStart = index
        guard let first = peek(), isDigit(first) else { throw .malformed("invalid number") }
        index += 1
        if first == UInt8(ascii: "0") {
            if let next = peek(), isDigit(next) { throw .malformed("leading zero in a number") }
        } else {
            skipDigits()
        }
        let integerEnd = index
        var fractionEnd = index
        if peek() == UInt8(ascii: ".") {
            index += 1
            guard let next = peek(), isDigit(next) else { throw .malformed("invalid number") }
            skipDigits()
            fractionEnd = index
        }
        var exponent = 0
        if let marker = peek(), marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") {
            index += 1
            var exponentNegative = false
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                exponentNegative = sign == UInt8(ascii: "-")
                index += 1
            }
            guard let next = peek(), isDigit(next) else { throw .malformed("invalid number") }
            while let digit = peek(), isDigit(digit) {
                // Saturates: anything this large is out of every range anyway.
                if exponent < 1_000_000 { exponent = exponent * 10 + Int(digit - UInt8(ascii: "0")) }
                index += 1
            }
            if exponentNegative { exponent = -exponent }
        }
        let isPlainInteger = fractionEnd == integerEnd && index == integerEnd
        if isPlainInteger, integerEnd - integerStart <= 18 {
            // Up to 18 digits always fit in Int64.
            var value: Int64 = 0
            for position in integerStart..<integerEnd { value = value * 10 + Int64(bytes[position] - UInt8(ascii: "0")) }
            return .integer(negative ? -value : value)
        }
        let fractionDigits = fractionEnd > integerEnd ? (integerEnd + 1)..<fractionEnd : fractionEnd..<fractionEnd
        if let integer = wholeNumber(negative: negative, integerDigits: integerStart..<integerEnd,
                                     fractionDigits: fractionDigits, exponent: exponent)
        {
            return .integer(integer)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let double = Double(text), double.isFinite else { throw .malformed("number out of range") }
        // A number that is not whole may still round to a whole Double (111111111111111111.1 →
        // 111111111111111104). Kept as `.double`, it would be written "1.111111111111111e+17",
        // which reads back as the whole number 111111111111111100: a different value.
        if let integer = Int64(exactly: double) { return .integer(integer) }
        return .double(double)
    }

    /// The number's value if it is a whole number within `Int64`, computed exactly from its digits.
    private func wholeNumber(negative: Bool, integerDigits: Range<Int>, fractionDigits: Range<Int>, exponent: Int) -> Int64? {
        // The significant digits, without leading or trailing zeros, and their power of ten.
        let fraction = fractionDigits
        func digit(_ position: Int) -> UInt8 {
            // Positions run over the integer digits, then the fraction digits.
            position < integerDigits.count
                ? bytes[integerDigits.lowerBound + position] : bytes[fraction.lowerBound + position - integerDigits.count]
        }
        let total = integerDigits.count + fraction.count
        var first = 0
        while first < total, digit(first) == UInt8(ascii: "0") { first += 1 }
        if first == total { return 0 }
        var last = total
        while digit(last - 1) == UInt8(ascii: "0") { last -= 1 }
        let power = exponent - fraction.count + (total - last)
        guard power >= 0, (last - first) + power <= 19 else { return nil }
        var value: Int64 = 0
        for position in first..<last {
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            let digitValue = Int64(digit(position) - UInt8(ascii: "0"))
            let (next, overflow2) = negative ? shifted.subtractingReportingOverflow(digitValue) : shifted.addingReportingOverflow(digitValue)
            guard !overflow2 else { return nil }
            value = next
        }
        for _ in 0..<power {
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            value = shifted
        }
        return value
    }

    // MARK: - Bytes

    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func skipDigits() {
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
