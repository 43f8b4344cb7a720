/// A JSON value as a mail template sees it: the request's `context`, taken as the daemon wrote
/// it, with no schema — objects, arrays, strings, numbers, booleans and `null`.
///
/// The templates read it the Mustache way (see `MailContextValue+Mustache.swift`): `{{a.b}}`
/// shows a value, `{{#a}}…{{/a}}` shows its part when `a` is `true`, a non-empty array (once per
/// element) or any other value that is there; `false`, `null`, `[]` and a missing key hide it.
/// An empty string is there, so it shows its section: the daemon leaves a value out (or sends
/// `null`) when there is nothing to show.
///
/// Numbers keep their JSON form where it is an integer (`14`, not `14.0`); others are shown as
/// Swift writes a `Double` (`1.5`).
public enum MailContextValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number without a fraction that fits 64 bits.
    case integer(Int64)
    /// Any other number.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([MailContextValue])
    /// An object.
    case object([String: MailContextValue])

    /// The value at `key` of an object; `nil` for a missing key or a value that is not an object.
    public subscript(key: String) -> MailContextValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }
}

extension MailContextValue: Codable {
    /// Any JSON value. A number is an `.integer` when it decodes as one, else a `.number`.
    ///
    /// - Throws: `DecodingError.dataCorrupted` for nothing JSON can hold (which a JSON decoder
    ///   never passes).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([MailContextValue].self) {
            self = .array(value)
        } else if let value = try? container.decode([String: MailContextValue].self) {
            self = .object(value)
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a JSON value"))
        }
    }

    /// The value as the same JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}
