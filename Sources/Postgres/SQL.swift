/// A SQL statement whose interpolated values are bound parameters, never spliced text.
///
/// ```swift
/// let sql: SQL = "SELECT * FROM member WHERE id = \(id) AND name = \(name)"
/// sql.text      // "SELECT * FROM member WHERE id = $1 AND name = $2"
/// sql.bindings  // [id.postgresText, name.postgresText]
/// ```
///
/// Guarantees:
/// - Every `\(value)` becomes a `$n` placeholder with its text in ``bindings``; `Optional.none`
///   binds SQL `NULL`. Values are sent out of band, so quotes or `'; DROP TABLE` in a value are data.
/// - ``append(_:)``, `+` and `\(fragment)` renumber the other statement's placeholders, so
///   fragments built separately (a dynamic `WHERE`) combine correctly.
/// - Only ``init(unsafe:)`` and `\(unsafe: text)` insert raw text; their names say so.
public struct SQL: Sendable, ExpressibleByStringInterpolation, ExpressibleByStringLiteral {
    /// A piece of the statement: raw text, or the placeholder of the binding at an index.
    enum Fragment: Sendable {
        case text(String)
        case parameter(Int)
    }

    /// The statement in pieces; placeholders are numbered when ``text`` is read.
    private(set) var fragments: [Fragment]

    /// The bound values in placeholder order, as PostgreSQL text; `nil` is SQL `NULL`.
    public private(set) var bindings: [String?]

    /// Creates a statement from raw SQL with no bindings.
    ///
    /// - Important: `text` is sent as written. Never build it from user input; interpolate
    ///   values into an `SQL` literal instead.
    public init(unsafe text: String) {
        self.fragments = [.text(text)]
        self.bindings = []
    }

    /// Creates a statement from a literal without interpolations.
    public init(stringLiteral value: String) {
        self.init(unsafe: value)
    }

    /// Creates a statement from an interpolated literal; each value becomes a binding.
    public init(stringInterpolation: StringInterpolation) {
        self.fragments = stringInterpolation.fragments
        self.bindings = stringInterpolation.bindings
    }

    /// The statement text with `$1`, `$2`, … in place of the bound values.
    ///
    /// Built at its final size: a statement is rendered once per run, and the request path
    /// runs many.
    public var text: String {
        if fragments.count == 1, case .text(let text) = fragments[0] { return text }
        var length = 0
        for fragment in fragments {
            switch fragment {
            case .text(let text): length += text.utf8.count
            case .parameter: length += 6  // "$" and up to five digits; more only grows once
            }
        }
        var result = ""
        result.reserveCapacity(length)
        for fragment in fragments {
            switch fragment {
            case .text(let text): result += text
            case .parameter(let index):
                result += "$"
                result += String(index + 1)
            }
        }
        return result
    }

    /// Appends another statement, renumbering its placeholders after this one's.
    public mutating func append(_ other: SQL) {
        let offset = bindings.count
        for fragment in other.fragments {
            switch fragment {
            case .text(let text): fragments.append(.text(text))
            case .parameter(let index): fragments.append(.parameter(index + offset))
            }
        }
        bindings.append(contentsOf: other.bindings)
    }

    /// Concatenates two statements, renumbering the right-hand side's placeholders.
    public static func + (lhs: SQL, rhs: SQL) -> SQL {
        var result = lhs
        result.append(rhs)
        return result
    }

    /// Appends `rhs` to `lhs`, renumbering its placeholders.
    public static func += (lhs: inout SQL, rhs: SQL) {
        lhs.append(rhs)
    }
}

extension SQL {
    /// Collects the literal text and bound values of an `SQL` string literal.
    public struct StringInterpolation: StringInterpolationProtocol, Sendable {
        var fragments: [Fragment] = []
        var bindings: [String?] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            fragments.reserveCapacity(interpolationCount * 2 + 1)
            bindings.reserveCapacity(interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) {
            fragments.append(.text(literal))
        }

        /// Binds a value as the next `$n` parameter; `Optional.none` binds SQL `NULL`.
        public mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value) {
            fragments.append(.parameter(bindings.count))
            bindings.append(value.postgresText)
        }

        /// Binds an optional value; `nil` binds SQL `NULL`. (A separate overload so that binding
        /// an optional is not reported as "debug description for an optional value".)
        public mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value?) {
            fragments.append(.parameter(bindings.count))
            bindings.append(value?.postgresText)
        }

        /// Embeds another statement, renumbering its placeholders.
        public mutating func appendInterpolation(_ fragment: SQL) {
            var combined = SQL(unsafe: "")
            combined.fragments = fragments
            combined.bindings = bindings
            combined.append(fragment)
            fragments = combined.fragments
            bindings = combined.bindings
        }

        /// Inserts raw SQL text, such as a vetted identifier or keyword.
        ///
        /// - Important: Never pass user input; it is not escaped.
        public mutating func appendInterpolation(unsafe text: String) {
            fragments.append(.text(text))
        }
    }
}

extension SQL: CustomStringConvertible {
    /// The statement text with placeholders; bound values are not shown.
    public var description: String {
        text
    }
}
