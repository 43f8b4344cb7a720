import FoundationEssentials

/// The one place JSON is read and written for the wire.
///
/// Output is compact with sorted keys (one object per line, stable for golden files). Input is
/// checked for nesting depth *before* it reaches the decoder, so a hostile
/// `[[[[…` ten thousand deep costs one linear scan and never the stack.
public enum JSONCoding {
    /// Deepest nesting accepted on the wire. Real requests nest a handful of levels.
    public static let maximumDepth = 64

    /// Why a line could not be read as JSON.
    public enum ReadError: Error, Equatable, Sendable {
        case tooDeep(limit: Int)
        case invalidUTF8
        case malformed(String)
    }

    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Encodes `value` as compact JSON bytes.
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        Array(try makeEncoder().encode(value))
    }

    /// Encodes `value` as a compact JSON string.
    public static func encodeString<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }

    /// Reads one JSON text, refusing nesting deeper than `maximumDepth`.
    public static func readValue(_ bytes: some Collection<UInt8>) throws(ReadError) -> JSONValue {
        let data = Data(bytes)
        try checkDepth(data)
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw .malformed(describe(error))
        }
    }

    /// Decodes a typed value from an already-parsed JSON value.
    public static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        let data = try makeEncoder().encode(value)
        return try JSONDecoder().decode(type, from: data)
    }

    /// Converts a typed value into a JSON value.
    public static func value<T: Encodable>(of value: T) throws -> JSONValue {
        let data = try makeEncoder().encode(value)
        return try JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// One linear pass counting `[`/`{` outside strings.
    static func checkDepth(_ data: Data) throws(ReadError) {
        var depth = 0
        var inString = false
        var escaped = false
        for byte in data {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > maximumDepth { throw .tooDeep(limit: maximumDepth) }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
            default: break
            }
        }
    }

    /// A short, safe description of a decoding error: which field, what was expected.
    public static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "invalid JSON" }
        func path(_ codingPath: [any CodingKey]) -> String {
            let names = codingPath.map { key in key.intValue.map { "[\($0)]" } ?? key.stringValue }
            return names.isEmpty ? "the value" : names.joined(separator: ".").replacing(".[", with: "[")
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(jsonTypeName(type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(jsonTypeName(type)), got null"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): is required"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "invalid JSON" }
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "invalid value"
        }
    }

    private static func jsonTypeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "a boolean"
        case is Int.Type, is Int64.Type, is Int32.Type, is UInt32.Type: return "an integer"
        case is Double.Type: return "a number"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") || name.hasPrefix("[") { return "an array" }
            return "an object"
        }
    }
}
