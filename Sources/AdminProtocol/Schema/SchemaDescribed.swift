/// A type that states its own JSON Schema instead of having it read from its `Decodable`
/// conformance, and supplies a placeholder value for the schema probe.
///
/// String-backed enums get this for free: their schema lists every case.
public protocol SchemaDescribed: Decodable {
    static var jsonSchema: JSONValue { get }
    static var schemaPlaceholder: Self { get }
    /// Whether the schema's `enum` lists `string`; `nil` when the schema lists none. Asked on
    /// every decode of a string, so string enums answer without building their schema.
    static func schemaAccepts(_ string: String) -> Bool?
}

extension SchemaDescribed {
    public static func schemaAccepts(_ string: String) -> Bool? {
        jsonSchema["enum"]?.arrayValue.map { $0.contains(.string(string)) }
    }
}

extension SchemaDescribed where Self: CaseIterable & RawRepresentable, RawValue == String {
    public static var jsonSchema: JSONValue {
        ["type": "string", "enum": .array(allCases.map { .string($0.rawValue) })]
    }

    public static var schemaPlaceholder: Self { allCases.first! }

    public static func schemaAccepts(_ string: String) -> Bool? { Self(rawValue: string) != nil }
}

extension JSONValue: SchemaDescribed {
    public static var jsonSchema: JSONValue { [:] }
    public static var schemaPlaceholder: JSONValue { .null }
}

extension Array: SchemaDescribed where Element: Decodable {
    public static var jsonSchema: JSONValue {
        ["type": "array", "items": JSONSchemaGenerator.schema(for: Element.self)]
    }

    public static var schemaPlaceholder: [Element] { [] }
}

extension Dictionary: SchemaDescribed where Key == String, Value: Decodable {
    public static var jsonSchema: JSONValue {
        ["type": "object", "additionalProperties": JSONSchemaGenerator.schema(for: Value.self)]
    }

    public static var schemaPlaceholder: [String: Value] { [:] }
}

/// Lets the generator see through `Optional` without knowing `Wrapped` statically.
protocol OptionalSchema {
    static var wrappedType: any Decodable.Type { get }
}

extension Optional: OptionalSchema where Wrapped: Decodable {
    static var wrappedType: any Decodable.Type { Wrapped.self }
}
