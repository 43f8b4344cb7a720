import NetworkCore
import Postgres

extension PostgresError {
    /// The server's words, for operators (migrations, logs) — never sent to socket clients.
    public var serverMessageForOperators: String {
        var text = message
        if let detail { text += " (\(detail))" }
        if let hint { text += " hint: \(hint)" }
        return text
    }

    /// `short_name` → `shortName`: database columns as the wire names them.
    static func wireName(_ column: String) -> String {
        let parts = column.split(separator: "_")
        guard let first = parts.first else { return column }
        return String(first) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The column a CHECK constraint named PostgreSQL's default way (`<table>_<column>_check`)
    /// is about, as the wire names it.
    var constraintColumn: String? {
        guard let constraint, let table, constraint.hasPrefix(table + "_"), constraint.hasSuffix("_check") else { return nil }
        let column = constraint.dropFirst(table.count + 1).dropLast("_check".count)
        return column.isEmpty ? nil : Self.wireName(String(column))
    }

    /// The domain error this database error means, when it has one.
    ///
    /// SQLSTATE maps once, here: unique/exclusion violations are conflicts; check, foreign-key
    /// and not-null violations and bad values are validation errors; serialization failures,
    /// deadlocks and lost connections are `unavailable` (retry). Anything else returns `nil`
    /// and becomes an internal error with the details only in the log.
    public var networkError: NetworkError? {
        if isRetryable {
            return .unavailable("the database is unavailable or busy; retry the request")
        }
        guard let code else { return nil }
        let field = column.map(Self.wireName) ?? constraintColumn ?? "request"
        switch code {
        case .uniqueViolation, .exclusionViolation:
            return .conflict("conflicts with an existing record (\(constraint ?? "unique constraint"))")
        case .checkViolation:
            return .invalid(field, "violates rule \(constraint ?? "check")")
        case .foreignKeyViolation:
            return .invalid(field, "refers to a record that does not exist or is still referenced")
        case .notNullViolation:
            return .invalid(column ?? "request", "is required")
        case .stringDataRightTruncation:
            return .invalid(field, "is too long")
        case .numericValueOutOfRange:
            return .invalid(field, "is out of range")
        case .invalidTextRepresentation, .invalidDatetimeFormat, .datetimeFieldOverflow:
            return .invalid(field, "has an invalid format")
        case .characterNotInRepertoire, .untranslatableCharacter:
            return .invalid(field, "contains characters that cannot be stored")
        default:
            return nil
        }
    }
}
