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
struct JSONWriter {
    private var output: [UInt8] = []

    /// The compact bytes of `value`.
    ///
    /// - Throws: `EncodingError.invalidValue` for a `.double` that is NaN or infinite, as
    ///   `JSONEncoder` does.
    static func write(_ value: JSONValue) throws -> [UInt8] {
        var writer = JSONWriter()
        writer.output.reserveCapacity(256)
        try writer.append(value, codingPath: [])
        return writer.output
    }

    /// The compact bytes of what `node` holds: byte for byte those of `write(_:)` of its `value`,
    /// without building that value's dictionaries (an object's members are sorted here as they
    /// are written; of a key set twice, the last value is written).
    static func write(_ node: JSONEncodingNode) throws -> [UInt8] {
        var writer = JSONWriter()
        writer.output.reserveCapacity(512)
        try writer.append(node, codingPath: [])
        return writer.output
    }

    private mutating func append(_ node: JSONEncodingNode, codingPath: @autoclosure () -> [any CodingKey]) throws {
        switch node.kind {
        case .empty:
            output.append(contentsOf: [UInt8(ascii: "{"), UInt8(ascii: "}")])
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

    private mutating func append(_ value: JSONValue, codingPath: @autoclosure () -> [any CodingKey]) throws {
        switch value {
        case .null:
            output.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")])
        case .bool(true):
            output.append(contentsOf: [UInt8(ascii: "t"), UInt8(ascii: "r"), UInt8(ascii: "u"), UInt8(ascii: "e")])
        case .bool(false):
            output.append(contentsOf: [UInt8(ascii: "f"), UInt8(ascii: "a"), UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "e")])
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

    private mutating func appendInteger(_ integer: Int64) {
        if integer == 0 {
            output.append(UInt8(ascii: "0"))
            return
        }
        // Digits of the magnitude, least significant first; negative to cover Int64.min.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes of scratch, enough for 20 digits
        var count = 0
        var rest = integer > 0 ? -integer : integer
        withUnsafeMutableBytes(of: &digits) { scratch in
            while rest != 0 {
                let (quotient, remainder) = rest.quotientAndRemainder(dividingBy: 10)
                scratch[count] = UInt8(ascii: "0") + UInt8(-remainder)
                count += 1
                rest = quotient
            }
        }
        if integer < 0 { output.append(UInt8(ascii: "-")) }
        withUnsafeBytes(of: &digits) { scratch in
            for position in stride(from: count - 1, through: 0, by: -1) { output.append(scratch[position]) }
        }
    }

    private mutating func appendDouble(_ double: Double) {
        var text = double.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        output.append(contentsOf: text.utf8)
    }

    /// Writes `string` quoted, escaping what JSON requires (see the type's notes). Runs of
    /// bytes that need no escape are found eight bytes at a time and copied whole.
    private mutating func appendString(_ string: String) {
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
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position - 1]))
                runStart = position
                appendEscape(byte)
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
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
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            output.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
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
