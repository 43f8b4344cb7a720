import FoundationEssentials
import NetworkCore

/// The one place JSON is read and written for the wire.
///
/// Output is compact with sorted keys (one object per line, stable for golden files), byte for
/// byte what `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` writes. Input is read
/// by `JSONParser`, which counts nesting as it goes, so a hostile `[[[[…` ten thousand deep is
/// refused at the 65th bracket and never costs the stack. Typed values are converted to and from
/// `JSONValue` directly (`JSONValueEncoder`, `JSONValueDecoder`), never through text.
public enum JSONCoding {
    /// Deepest nesting accepted on the wire. Real requests nest a handful of levels.
    public static let maximumDepth = 64

    /// Why a line could not be read as JSON.
    public enum ReadError: Error, Equatable, Sendable {
        case tooDeep(limit: Int)
        case invalidUTF8
        case malformed(String)
    }

    /// A `JSONEncoder` configured as the wire format. `encode(_:)` no longer uses it except for
    /// the rare values `JSONWriter` cannot print identically (`Float`, `Decimal`, huge `UInt64`).
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Encodes `value` as compact JSON bytes with sorted keys.
    ///
    /// - Throws: `EncodingError.invalidValue` for NaN or infinite numbers, or whatever the
    ///   value's own `encode(to:)` throws.
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        if T.self == JSONValue.self { return try JSONWriter.write(value as! JSONValue) }
        let json: JSONValue
        do {
            json = try JSONValueEncoder.encode(value, style: .exact)
        } catch is JSONValueEncoder.Unrepresentable {
            return Array(try makeEncoder().encode(value))
        }
        return try JSONWriter.write(json)
    }

    /// Encodes `value` as a compact JSON string.
    public static func encodeString<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }

    /// Reads one JSON text, refusing nesting deeper than `maximumDepth`.
    ///
    /// Strict RFC 8259; see `JSONParser` for what is refused and how numbers are read. In an
    /// object that repeats a key, the last occurrence wins.
    /// - Throws: `.tooDeep`, `.invalidUTF8`, or `.malformed` with a short message that never
    ///   quotes the input.
    public static func readValue(_ bytes: some Collection<UInt8>) throws(ReadError) -> JSONValue {
        try JSONParser.parse(bytes, maximumDepth: maximumDepth)
    }

    /// Decodes a typed value from an already-parsed JSON value.
    ///
    /// - Throws: `DecodingError` shaped as `JSONDecoder`'s (see `JSONValueDecoder`), for
    ///   `describe(_:)`.
    public static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try JSONValueDecoder.decode(type, from: value)
    }

    /// Decodes a typed value, reporting every member that fails rather than only the first.
    ///
    /// - Returns: the value, or one `FieldError` per failure (`field` is the path, such as
    ///   `roles[1]`; `message` what was expected), in decoding order.
    public static func decodeReportingAll<T: Decodable>(_ type: T.Type, from value: JSONValue) -> Result<T, FieldErrors> {
        switch JSONValueDecoder.decodeReportingAll(type, from: value) {
        case .success(let decoded): return .success(decoded)
        case .failure(let failure): return .failure(FieldErrors(fields: failure.errors.map(fieldError)))
        }
    }

    /// The fields a decode found invalid.
    public struct FieldErrors: Error, Sendable, Hashable {
        public var fields: [FieldError]
    }

    /// Converts a typed value into a JSON value: the value that encoding it and reading the
    /// text back would give (a whole-number `Double` becomes `.integer`).
    ///
    /// - Throws: `EncodingError.invalidValue` for NaN or infinite numbers, or whatever the
    ///   value's own `encode(to:)` throws.
    public static func value<T: Encodable>(of value: T) throws -> JSONValue {
        try JSONValueEncoder.encode(value, style: .reread)
    }

    /// The compact JSON bytes of ``value(of:)``'s value, byte for byte what ``encode(_:)`` writes
    /// of that value, without building it: how the daemon writes a result.
    ///
    /// - Throws: As ``value(of:)``.
    public static func encodedValue<T: Encodable>(of value: T) throws -> [UInt8] {
        try JSONValueEncoder.write(value, style: .reread)
    }

    /// A short, safe description of a decoding error: which field, what was expected.
    public static func describe(_ error: any Error) -> String {
        let field = fieldError(error)
        return field.field.isEmpty ? field.message : "\(field.field): \(field.message)"
    }

    /// A decoding error as a field (its path, such as `roles[1]`, or `the value` for the whole
    /// value) and what is wrong with it; the field is empty when the JSON itself was invalid.
    public static func fieldError(_ error: any Error) -> FieldError {
        guard let error = error as? DecodingError else { return FieldError(field: "", message: "invalid JSON") }
        func path(_ codingPath: [any CodingKey]) -> String {
            let names = codingPath.map { key in key.intValue.map { "[\($0)]" } ?? key.stringValue }
            return names.isEmpty ? "the value" : names.joined(separator: ".").replacing(".[", with: "[")
        }
        switch error {
        case .typeMismatch(let type, let context):
            return FieldError(field: path(context.codingPath), message: "expected \(jsonTypeName(type))")
        case .valueNotFound(let type, let context):
            return FieldError(field: path(context.codingPath), message: "expected \(jsonTypeName(type)), got null")
        case .keyNotFound(let key, let context):
            return FieldError(field: path(context.codingPath + [key]), message: "is required")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return FieldError(field: "", message: "invalid JSON") }
            return FieldError(field: path(context.codingPath), message: context.debugDescription)
        @unknown default:
            return FieldError(field: "", message: "invalid value")
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
