/// Writes a `JSONValue` as compact UTF-8 JSON, byte for byte as `JSONEncoder` with
/// `[.sortedKeys, .withoutEscapingSlashes]` writes the same value.
///
/// What that means, so golden files and stored audit JSON stay identical:
/// - Object keys are sorted by their UTF-8 bytes (not by `String`'s `<`, which would order
///   differently normalised forms of the same text differently).
/// - Strings escape `"` and `\`, write `\b \t \n \f \r` for those controls and `\u00XX`
///   (lower-case hex) for the other characters below U+0020; `/`, DEL and all non-ASCII
///   characters are written as they are.
/// - A `Double` is written as its Swift `description` without a trailing `.0`: `3` for 3.0,
///   `1e+16`, `1e-06`, `-0` for negative zero.
struct JSONWriter: ~Copyable {
    /// The bytes written so far.
    private var output: JSONByteSink

    /// An empty writer whose buffer holds `capacity` bytes before it grows.
    init(capacity: Int) { output = JSONByteSink(capacity: capacity) }

    /// The bytes written; the writer is gone afterwards.
    consuming func bytes() -> [UInt8] { output.bytes() }

    /// The compact bytes of `value`.
    ///
    /// - Throws: `EncodingError.invalidValue` for a `.double` that is NaN or infinite, as
    ///   `JSONEncoder` does.
    static func write(_ value: JSONValue) throws -> [UInt8] {
        var writer = JSONWriter(capacity: 256)
        try writer.append(value, codingPath: [])
        return writer.bytes()
    }

    /// The compact bytes of what `node` holds: byte for byte those of `write(_:)` of its `value`,
    /// without building that value's dictionaries (an object's members are sorted here as they
    /// are written; of a key set twice, the last value is written).
    static func write(_ node: JSONEncodingNode) throws -> [UInt8] {
        var writer = JSONWriter(capacity: 512)
        try writer.append(node, codingPath: [])
        return writer.bytes()
    }

    private mutating func append(_ node: JSONEncodingNode, codingPath: @autoclosure () -> [any CodingKey]) throws {
        switch node.kind {
        case .empty:
            appendRaw("{}")
        case .single:
            try append(node.single, codingPath: codingPath())
        case .array:
            output.append(UInt8(ascii: "["))
            for (position, element) in node.elements.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                try append(element, codingPath: codingPath() + [JSONCodingKey(index: position)])
            }
            output.append(UInt8(ascii: "]"))
        case .object:
            let members = node.members
            // Sorted by key (first by the key's first eight bytes, which decides almost every
            // comparison cheaply); of equal keys the one set last comes first, and only it is written.
            let order = members.indices.map { (prefix: Self.prefix(members[$0].key), index: $0) }.sorted { left, right in
                if left.prefix != right.prefix { return left.prefix < right.prefix }
                let (leftKey, rightKey) = (members[left.index].key, members[right.index].key)
                if leftKey == rightKey { return left.index > right.index }
                return Self.precedes(leftKey, rightKey)
            }
            output.append(UInt8(ascii: "{"))
            var previous: String?
            for (_, index) in order {
                let (key, element) = members[index]
                if key == previous { continue }
                if previous != nil { output.append(UInt8(ascii: ",")) }
                previous = key
                appendString(key)
                output.append(UInt8(ascii: ":"))
                try append(element, codingPath: codingPath() + [JSONCodingKey(stringValue: key)])
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private mutating func append(_ element: JSONEncodingNode.Element, codingPath: @autoclosure () -> [any CodingKey]) throws {
        switch element {
        case .value(let value): try append(value, codingPath: codingPath())
        case .node(let node): try append(node, codingPath: codingPath())
        }
    }

    /// Writes `value` (see `write(_:)`), its members' paths under `codingPath` for the error.
    mutating func append(_ value: JSONValue, codingPath: @autoclosure () -> [any CodingKey]) throws {
        switch value {
        case .null:
            appendRaw("null")
        case .bool(true):
            appendRaw("true")
        case .bool(false):
            appendRaw("false")
        case .integer(let integer):
            appendInteger(integer)
        case .double(let double):
            guard double.isFinite else {
                throw EncodingError.invalidValue(double, EncodingError.Context(
                    codingPath: codingPath(), debugDescription: "Unable to encode Double.\(double) directly in JSON."))
            }
            appendDouble(double)
        case .string(let string):
            appendString(string)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                try append(element, codingPath: codingPath() + [JSONCodingKey(index: position)])
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            var first = true
            for (key, member) in members.sorted(by: { Self.precedes($0.key, $1.key) }) {
                if !first { output.append(UInt8(ascii: ",")) }
                first = false
                appendString(key)
                output.append(UInt8(ascii: ":"))
                try append(member, codingPath: codingPath() + [JSONCodingKey(stringValue: key)])
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// The first eight UTF-8 bytes of `key`, big-endian, zero-padded: keys whose prefixes differ
    /// are in the order of their prefixes (equal prefixes need ``precedes(_:_:)``).
    private static func prefix(_ key: String) -> UInt64 {
        var key = key
        return key.withUTF8 { bytes in
            var prefix: UInt64 = 0
            for position in 0..<min(8, bytes.count) {
                prefix |= UInt64(bytes[position]) << UInt64(56 - 8 * position)
            }
            return prefix
        }
    }

    /// Byte-wise UTF-8 order, as `JSONEncoder` sorts keys.
    private static func precedes(_ left: String, _ right: String) -> Bool {
        let fast = left.utf8.withContiguousStorageIfAvailable { leftBytes in
            right.utf8.withContiguousStorageIfAvailable { rightBytes -> Bool in
                let common = min(leftBytes.count, rightBytes.count)
                for position in 0..<common where leftBytes[position] != rightBytes[position] {
                    return leftBytes[position] < rightBytes[position]
                }
                return leftBytes.count < rightBytes.count
            }
        }
        if let fast, let result = fast { return result }
        return left.utf8.lexicographicallyPrecedes(right.utf8)
    }

    /// Writes `text` as it is: punctuation, or a key known to need no escape.
    @inline(__always)
    mutating func appendRaw(_ text: StaticString) {
        text.withUTF8Buffer { output.append($0) }
    }

    /// Writes `true` or `false`.
    mutating func appendBool(_ value: Bool) {
        appendRaw(value ? "true" : "false")
    }

    /// Writes `integer` in decimal, as `JSONEncoder` writes any integer type.
    mutating func appendInteger(_ integer: Int64) {
        // Digits from the end of 24 bytes of scratch (20 digits and a sign fit), copied once; the
        // magnitude is kept negative to cover Int64.min.
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &scratch) { digits in
            var position = digits.count
            var rest = integer > 0 ? -integer : integer
            repeat {
                let (quotient, remainder) = rest.quotientAndRemainder(dividingBy: 10)
                position -= 1
                digits[position] = UInt8(ascii: "0") + UInt8(-remainder)
                rest = quotient
            } while rest != 0
            if integer < 0 {
                position -= 1
                digits[position] = UInt8(ascii: "-")
            }
            output.append(UnsafeRawBufferPointer(rebasing: digits[position...]))
        }
    }

    /// Writes `bytes` as they are: JSON that is already written.
    mutating func appendJSON(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { output.append($0) }
    }

    private mutating func appendDouble(_ double: Double) {
        var text = double.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        text.withUTF8 { output.append($0) }
    }

    /// Writes `string` quoted, escaping what JSON requires (see the type's notes). Runs of
    /// bytes that need no escape are found eight bytes at a time and copied whole.
    mutating func appendString(_ string: String) {
        output.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            guard let base = UnsafeRawPointer(bytes.baseAddress) else { return }
            let count = bytes.count
            var runStart = 0
            var position = 0
            while position < count {
                if position + 8 <= count, !Self.needsEscape(base.loadUnaligned(fromByteOffset: position, as: UInt64.self)) {
                    position += 8
                    continue
                }
                let byte = bytes[position]
                position += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<position - 1]))
                runStart = position
                appendEscape(byte)
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// The escape of one byte that needs one: `"`, `\`, or a control below U+0020.
    private mutating func appendEscape(_ byte: UInt8) {
        output.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
        case 0x08: output.append(UInt8(ascii: "b"))
        case 0x09: output.append(UInt8(ascii: "t"))
        case 0x0A: output.append(UInt8(ascii: "n"))
        case 0x0C: output.append(UInt8(ascii: "f"))
        case 0x0D: output.append(UInt8(ascii: "r"))
        default:
            let hex: StaticString = "0123456789abcdef"
            appendRaw("u00")
            output.append(hex.utf8Start[Int(byte >> 4)])
            output.append(hex.utf8Start[Int(byte & 0xF)])
        }
    }

    /// Whether any of the eight bytes of `word` is below 0x20, `"` (0x22) or `\` (0x5C).
    ///
    /// The classic test for a zero byte, `(x - 0x01…) & ~x & 0x80…`, is exact for "any byte";
    /// with 0x20 in place of 0x01 it finds a byte below 0x20, and on `word` XOR a repeated byte
    /// it finds that byte. Bytes of 0x80 and above (non-ASCII UTF-8) never match.
    @inline(__always)
    static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        return (control | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)) & high != 0
    }
}
