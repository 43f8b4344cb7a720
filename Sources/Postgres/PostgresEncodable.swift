/// A Swift value that can be bound as a query parameter in PostgreSQL's text format.
///
/// Conformers: `String`, `Int`, `Int32`, `Int64`, `Bool`, `Double`, `Optional` of a conformer
/// (`nil` is SQL `NULL`), and arrays of those (a PostgreSQL array literal such as
/// `{"a","b\"c",NULL}`, every element quoted and escaped).
public protocol PostgresEncodable: Sendable {
    /// The value in PostgreSQL text format, or `nil` for SQL `NULL`.
    var postgresText: String? { get }
}

/// A value that can be an element of an encoded PostgreSQL array.
public protocol PostgresArrayElementEncodable: PostgresEncodable {}

extension String: PostgresArrayElementEncodable {
    public var postgresText: String? { self }
}

extension Int: PostgresArrayElementEncodable {
    public var postgresText: String? { String(self) }
}

extension Int32: PostgresArrayElementEncodable {
    public var postgresText: String? { String(self) }
}

extension Int64: PostgresArrayElementEncodable {
    public var postgresText: String? { String(self) }
}

extension Bool: PostgresArrayElementEncodable {
    public var postgresText: String? { self ? "true" : "false" }
}

extension Double: PostgresArrayElementEncodable {
    /// Shortest round-tripping decimal, or `Infinity`, `-Infinity`, `NaN`.
    public var postgresText: String? {
        if isNaN { return "NaN" }
        if isInfinite { return self < 0 ? "-Infinity" : "Infinity" }
        return String(self)
    }
}

extension Optional: PostgresEncodable where Wrapped: PostgresEncodable {
    public var postgresText: String? {
        self?.postgresText
    }
}

extension Optional: PostgresArrayElementEncodable where Wrapped: PostgresArrayElementEncodable {}

extension Array: PostgresEncodable where Element: PostgresArrayElementEncodable {
    /// A one-dimensional array literal; `NULL` elements unquoted, every other element quoted.
    public var postgresText: String? {
        PostgresArrayLiteral.encode(map(\.postgresText))
    }
}
