import FoundationEssentials

/// Decodes any `Decodable` straight from a `JSONValue`, without writing and re-reading text.
///
/// It answers as `JSONDecoder` (default strategies) does, so `JSONCoding.describe` keeps
/// producing the same messages:
/// - a wrong JSON type is `DecodingError.typeMismatch`, `null` where a value is needed is
///   `.valueNotFound`, a missing member is `.keyNotFound` — each with the `codingPath` of the
///   offending value (for `.keyNotFound`, of its object);
/// - integer types accept a number with an integral value however it is stored (`1.0` reads as
///   `1`); a fraction (`1.5`) is a `.typeMismatch`, an integral value outside the type's range
///   is `.dataCorrupted` at that path;
/// - `Data` reads from a base64 string, `URL` from a string, `Date` as its own `Decodable`
///   (seconds since 2001, `JSONDecoder`'s default).
/// - a string that is not one of a `SchemaDescribed` enum's values is `.dataCorrupted` whose
///   message lists the values accepted (`"mars" is not one of england, scotland, …`), not
///   Swift's "Cannot initialize Nation from invalid String value".
///
/// With `problems` set (`JSONCoding.decodeReportingAll`), a keyed member that fails is recorded
/// there and replaced by a placeholder, so decoding goes on and every bad field is reported.
/// This value is also the single-value container it hands out.
struct JSONValueDecoder: Decoder, SingleValueDecodingContainer {
    let value: JSONValue
    let codingPath: [any CodingKey]
    /// Where to record failures instead of stopping at the first; `nil` stops at the first.
    let problems: DecodingProblems?
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(value: JSONValue, codingPath: [any CodingKey] = [], problems: DecodingProblems? = nil) {
        self.value = value
        self.codingPath = codingPath
        self.problems = problems
    }

    /// Decodes `type` from `value`.
    ///
    /// - Throws: `DecodingError`, shaped as described on the type.
    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try unbox(value, as: type, codingPath: [])
    }

    /// Decodes `type` from `value`, going on past failures: every failing member is recorded.
    ///
    /// - Returns: the value, or every `DecodingError` met (in decoding order) when any was.
    static func decodeReportingAll<T: Decodable>(_ type: T.Type, from value: JSONValue) -> Result<T, DecodingProblems.Failure> {
        let problems = DecodingProblems()
        do {
            let decoded = try unbox(value, as: type, codingPath: [], problems: problems)
            if problems.errors.isEmpty { return .success(decoded) }
        } catch let error as DecodingError {
            problems.errors.append(error)
        } catch {
            problems.errors.append(.dataCorrupted(.init(codingPath: [], debugDescription: "invalid value")))
        }
        return .failure(DecodingProblems.Failure(errors: problems.errors))
    }

    // MARK: - Decoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        switch value {
        case .object(let members):
            return KeyedDecodingContainer(JSONKeyedDecodingContainer<Key>(members: members, codingPath: codingPath, problems: problems))
        case .null:
            throw DecodingError.valueNotFound([String: Any].self, DecodingError.Context(
                codingPath: codingPath, debugDescription: "Cannot get keyed decoding container -- found null value instead"))
        default:
            throw Self.mismatch([String: Any].self, value, codingPath)
        }
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        switch value {
        case .array(let elements):
            return JSONUnkeyedDecodingContainer(elements: elements, codingPath: codingPath, problems: problems)
        case .null:
            throw DecodingError.valueNotFound([Any].self, DecodingError.Context(
                codingPath: codingPath, debugDescription: "Cannot get unkeyed decoding container -- found null value instead"))
        default:
            throw Self.mismatch([Any].self, value, codingPath)
        }
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    // MARK: - SingleValueDecodingContainer

    func decodeNil() -> Bool { value == .null }
    func decode(_ type: Bool.Type) throws -> Bool { try Self.unboxBool(value, codingPath) }
    func decode(_ type: String.Type) throws -> String { try Self.unboxString(value, codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try Self.unboxDouble(value, codingPath) }
    func decode(_ type: Float.Type) throws -> Float { try Self.unboxFloat(value, codingPath) }
    func decode(_ type: Int.Type) throws -> Int { try Self.unboxInteger(value, as: type, codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { try Self.unboxInteger(value, as: type, codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { try Self.unboxInteger(value, as: type, codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { try Self.unboxInteger(value, as: type, codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try Self.unboxInteger(value, as: type, codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try Self.unboxInteger(value, as: type, codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try Self.unboxInteger(value, as: type, codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try Self.unboxInteger(value, as: type, codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try Self.unboxInteger(value, as: type, codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try Self.unboxInteger(value, as: type, codingPath) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try Self.unbox(value, as: type, codingPath: codingPath, problems: problems) }
}

extension JSONValueDecoder {
    /// Decodes any `Decodable`, taking the short way for the types the wire uses most.
    static func unbox<T: Decodable>(_ value: JSONValue, as type: T.Type, codingPath: @autoclosure () -> [any CodingKey],
                                    problems: DecodingProblems? = nil) throws -> T {
        if T.self == JSONValue.self { return value as! T }
        if T.self == String.self { return try unboxString(value, codingPath()) as! T }
        if T.self == Int.self { return try unboxInteger(value, as: Int.self, codingPath()) as! T }
        if T.self == Int64.self { return try unboxInteger(value, as: Int64.self, codingPath()) as! T }
        if T.self == Bool.self { return try unboxBool(value, codingPath()) as! T }
        if T.self == Double.self { return try unboxDouble(value, codingPath()) as! T }
        if T.self == Data.self {
            guard let data = Data(base64Encoded: try unboxString(value, codingPath())) else {
                throw DecodingError.dataCorrupted(DecodingError.Context(
                    codingPath: codingPath(), debugDescription: "Encountered Data is not valid Base64."))
            }
            return data as! T
        }
        if T.self == URL.self {
            guard let url = URL(string: try unboxString(value, codingPath())) else {
                throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath(), debugDescription: "Invalid URL string."))
            }
            return url as! T
        }
        if T.self == Decimal.self {
            switch value {
            case .integer(let integer): return Decimal(integer) as! T
            case .double(let double): return Decimal(double) as! T
            default: throw mismatch(Decimal.self, value, codingPath())
            }
        }
        if case .string(let string) = value, let described = T.self as? any SchemaDescribed.Type,
            described.schemaAccepts(string) == false
        {
            throw notOneOf(string, described.jsonSchema["enum"]?.arrayValue?.compactMap(\.stringValue) ?? [], codingPath())
        }
        return try T(from: JSONValueDecoder(value: value, codingPath: codingPath(), problems: problems))
    }

    static func unboxBool(_ value: JSONValue, _ codingPath: @autoclosure () -> [any CodingKey]) throws -> Bool {
        if case .bool(let bool) = value { return bool }
        throw mismatch(Bool.self, value, codingPath())
    }

    static func unboxString(_ value: JSONValue, _ codingPath: @autoclosure () -> [any CodingKey]) throws -> String {
        if case .string(let string) = value { return string }
        throw mismatch(String.self, value, codingPath())
    }

    static func unboxDouble(_ value: JSONValue, _ codingPath: @autoclosure () -> [any CodingKey]) throws -> Double {
        switch value {
        case .double(let double): return double
        case .integer(let integer): return Double(integer)
        default: throw mismatch(Double.self, value, codingPath())
        }
    }

    static func unboxFloat(_ value: JSONValue, _ codingPath: @autoclosure () -> [any CodingKey]) throws -> Float {
        let double = try unboxDouble(value, codingPath())
        let float = Float(double)
        guard float.isFinite else { throw outOfRange(value, codingPath()) }
        return float
    }

    /// An integer of type `T`: from `.integer`, or from a `.double` with an integral value.
    static func unboxInteger<T: FixedWidthInteger>(_ value: JSONValue, as type: T.Type,
                                                   _ codingPath: @autoclosure () -> [any CodingKey]) throws -> T {
        switch value {
        case .integer(let integer):
            if let exact = T(exactly: integer) { return exact }
            throw outOfRange(value, as: type, codingPath())
        case .double(let double) where double.rounded(.towardZero) == double:
            if let exact = T(exactly: double) { return exact }
            throw outOfRange(value, as: type, codingPath())
        case .double:
            throw DecodingError.typeMismatch(T.self, DecodingError.Context(
                codingPath: codingPath(), debugDescription: "Expected to decode \(T.self) but found a number with a fraction instead."))
        default:
            throw mismatch(T.self, value, codingPath())
        }
    }

    /// The error for a value of the wrong JSON type: `.valueNotFound` for null, else `.typeMismatch`.
    static func mismatch(_ type: Any.Type, _ value: JSONValue, _ codingPath: [any CodingKey]) -> DecodingError {
        let found: String
        switch value {
        case .null:
            return DecodingError.valueNotFound(type, DecodingError.Context(
                codingPath: codingPath, debugDescription: "Cannot get value of type \(type) -- found null value instead"))
        case .bool: found = "bool"
        case .integer, .double: found = "number"
        case .string: found = "a string"
        case .array: found = "an array"
        case .object: found = "a dictionary"
        }
        return DecodingError.typeMismatch(type, DecodingError.Context(
            codingPath: codingPath, debugDescription: "Expected to decode \(type) but found \(found) instead."))
    }

    /// The error for a string outside an enumeration: the value (quoted, at most 64 Unicode scalars)
    /// and every value accepted.
    static func notOneOf(_ string: String, _ accepted: [String], _ codingPath: [any CodingKey]) -> DecodingError {
        let shown = RPCError.quoted(string, limit: 64)
        let quoted = (try? JSONCoding.encodeString(JSONValue.string(shown))) ?? "\"\""
        return DecodingError.dataCorrupted(DecodingError.Context(
            codingPath: codingPath, debugDescription: "\(quoted) is not one of \(accepted.joined(separator: ", "))"))
    }

    /// The error for a number outside `T`'s range, printing the number as an integer (never in
    /// exponent form) and the range accepted.
    static func outOfRange<T: FixedWidthInteger>(_ value: JSONValue, as type: T.Type, _ codingPath: [any CodingKey]) -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(
            codingPath: codingPath, debugDescription: "\(numberText(value)) is out of range; must be from \(T.min) to \(T.max)"))
    }

    static func outOfRange(_ value: JSONValue, _ codingPath: [any CodingKey]) -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: "\(numberText(value)) is out of range"))
    }

    /// A number as a person would have written it: integers in full, without an exponent.
    ///
    /// A whole number too large for `Int64` arrives as a `Double`; it is printed exactly when it
    /// fits in `UInt64`, else as its shortest round-trip digits padded with zeros
    /// (`2.4e+23` → `240000000000000000000000`). Fractions print as `Double` does.
    static func numberText(_ value: JSONValue) -> String {
        switch value {
        case .integer(let integer): return "\(integer)"
        case .double(let double) where double.isFinite && double.rounded(.towardZero) == double:
            if let exact = UInt64(exactly: double.magnitude) { return (double < 0 ? "-" : "") + "\(exact)" }
            return plainDigits(of: double)
        case .double(let double): return "\(double)"
        default: return "number"
        }
    }

    /// `double`'s shortest digits, written out without an exponent.
    private static func plainDigits(of double: Double) -> String {
        let description = "\(double.magnitude)"  // e.g. "2.4e+23"
        let parts = description.split(separator: "e")
        guard parts.count == 2, let exponent = Int(parts[1]) else { return description }
        let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(mantissa[0])
        let fraction = mantissa.count > 1 ? String(mantissa[1]) : ""
        var digits = whole + fraction
        let wholeDigitCount = whole.count + exponent
        if digits.count < wholeDigitCount { digits += String(repeating: "0", count: wholeDigitCount - digits.count) }
        digits = String(digits.prefix(max(wholeDigitCount, 1)))
        return (double < 0 ? "-" : "") + digits
    }
}
