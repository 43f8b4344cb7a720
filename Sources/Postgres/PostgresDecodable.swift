/// A Swift type that can be decoded from a PostgreSQL text-format value.
///
/// Conformers: `String`, `Int`, `Int32`, `Int64`, `Bool` (`t`/`f`, also `true`/`false`),
/// `Double` (including `Infinity`, `-Infinity`, `NaN`), `Optional` of a conformer (which is the
/// only way to accept SQL `NULL`), and one-dimensional arrays of conformers (`[String]`,
/// `[Int64]`, `[String?]`…; quoting, escapes and `NULL` elements are understood).
public protocol PostgresDecodable {
    /// Decodes a non-NULL value.
    ///
    /// - Throws: ``PostgresError`` of kind ``PostgresError/Kind/decoding`` when `postgresText`
    ///   is not a valid representation.
    static func decode(postgresText: String) throws -> Self

    /// The value that SQL `NULL` decodes to, or `nil` when the type cannot represent `NULL`.
    /// The default is `nil`; `Optional` returns `.some(.none)`.
    static var postgresNullValue: Self? { get }
}

extension PostgresDecodable {
    public static var postgresNullValue: Self? { nil }
}

extension PostgresError {
    /// A decoding failure; the offending value goes only into `detail` (seen in debug output).
    static func decoding(_ message: String, value: String? = nil, column: String? = nil) -> PostgresError {
        PostgresError(kind: .decoding, message: message, detail: value.map { "value: \($0)" }, column: column)
    }
}

extension String: PostgresDecodable {
    public static func decode(postgresText: String) throws -> String {
        postgresText
    }
}

extension Int: PostgresDecodable {
    public static func decode(postgresText: String) throws -> Int {
        guard let value = Int(postgresText) else {
            throw PostgresError.decoding("not an Int", value: postgresText)
        }
        return value
    }
}

extension Int32: PostgresDecodable {
    public static func decode(postgresText: String) throws -> Int32 {
        guard let value = Int32(postgresText) else {
            throw PostgresError.decoding("not an Int32", value: postgresText)
        }
        return value
    }
}

extension Int64: PostgresDecodable {
    public static func decode(postgresText: String) throws -> Int64 {
        guard let value = Int64(postgresText) else {
            throw PostgresError.decoding("not an Int64", value: postgresText)
        }
        return value
    }
}

extension Bool: PostgresDecodable {
    public static func decode(postgresText: String) throws -> Bool {
        switch postgresText {
        case "t", "true": return true
        case "f", "false": return false
        default: throw PostgresError.decoding("not a Bool", value: postgresText)
        }
    }
}

extension Double: PostgresDecodable {
    public static func decode(postgresText: String) throws -> Double {
        switch postgresText {
        case "Infinity": return .infinity
        case "-Infinity": return -.infinity
        case "NaN": return .nan
        default:
            guard let value = Double(postgresText) else {
                throw PostgresError.decoding("not a Double", value: postgresText)
            }
            return value
        }
    }
}

extension Optional: PostgresDecodable where Wrapped: PostgresDecodable {
    public static func decode(postgresText: String) throws -> Wrapped? {
        try Wrapped.decode(postgresText: postgresText)
    }

    public static var postgresNullValue: Wrapped?? { .some(.none) }
}

extension Array: PostgresDecodable where Element: PostgresDecodable {
    /// Decodes a one-dimensional array literal such as `{a,"b,c",NULL}`.
    ///
    /// - Throws: A decoding error for malformed or multi-dimensional literals, and for a `NULL`
    ///   element when `Element` is not optional.
    public static func decode(postgresText: String) throws -> [Element] {
        try PostgresArrayLiteral.parse(postgresText).map { element in
            guard let element else {
                guard let null = Element.postgresNullValue else {
                    throw PostgresError.decoding("NULL array element for non-optional \(Element.self)")
                }
                return null
            }
            return try Element.decode(postgresText: element)
        }
    }
}
