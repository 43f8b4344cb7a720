/// Reads a JSON Schema off a `Decodable` type, so that `rpc.discover` describes exactly the
/// structs the daemon decodes — there is no second, hand-kept description to drift.
///
/// It decodes the type once from a probing decoder that records every key asked for, the type
/// asked for at that key, and whether it was asked with `decodeIfPresent` (optional) or `decode`
/// (required). Types with a hand-written `init(from:)` that validates placeholder values should
/// conform to `SchemaDescribed` instead.
public enum JSONSchemaGenerator {
    /// The schema of `type`. Objects are closed (`additionalProperties: false`) because the
    /// daemon rejects unknown parameters.
    public static func schema(for type: any Decodable.Type) -> JSONValue {
        if let described = type as? any SchemaDescribed.Type { return described.jsonSchema }
        if let optional = type as? any OptionalSchema.Type { return schema(for: optional.wrappedType) }
        if let primitive = primitiveSchema(type) { return primitive }
        let probe = SchemaProbe()
        _ = try? type.init(from: probe)
        return probe.schema
    }

    static func primitiveSchema(_ type: Any.Type) -> JSONValue? {
        switch type {
        case is String.Type: return ["type": "string"]
        case is Bool.Type: return ["type": "boolean"]
        // `Int` is 64-bit on every platform the daemon runs on; both decode as `Int64` does.
        case is Int.Type, is Int64.Type: return ["type": "integer", "minimum": .integer(.min), "maximum": .integer(.max)]
        case is Int32.Type: return ["type": "integer", "minimum": -2_147_483_648, "maximum": 2_147_483_647]
        case is UInt32.Type: return ["type": "integer", "minimum": 0, "maximum": 4_294_967_295]
        case is Double.Type: return ["type": "number"]
        default: return nil
        }
    }

    /// The schema of a method's params: `schema(for:)` with each top-level property narrowed by
    /// what validation accepts (`SchemaRefined`, else `ParamConstraints.byName`).
    public static func paramsSchema(for type: any Decodable.Type) -> JSONValue {
        let schema = schema(for: type)
        guard case .object(var members) = schema, let properties = members["properties"]?.objectValue else { return schema }
        let own = (type as? any SchemaRefined.Type)?.schemaRefinements ?? [:]
        var refined: [String: JSONValue] = [:]
        for (name, property) in properties {
            refined[name] = ParamConstraints.refine(ParamConstraints.refineNested(property), with: own[name] ?? ParamConstraints.byName[name])
        }
        members["properties"] = .object(refined)
        return .object(members)
    }

    /// A value of `type` to hand back to the decoder being probed.
    static func placeholder<T: Decodable>(_ type: T.Type) throws -> T {
        if let described = type as? any SchemaDescribed.Type, let value = described.schemaPlaceholder as? T { return value }
        return try T(from: SchemaProbe())
    }
}

/// The probing decoder. Records one object's properties.
final class SchemaProbe: Decoder {
    var properties: [(name: String, schema: JSONValue, required: Bool)] = []
    var singleValue: JSONValue?

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    var schema: JSONValue {
        if let singleValue { return singleValue }
        var props: [String: JSONValue] = [:]
        var required: [JSONValue] = []
        for property in properties {
            props[property.name] = property.schema
            if property.required { required.append(.string(property.name)) }
        }
        var object: [String: JSONValue] = ["type": "object", "properties": .object(props), "additionalProperties": false]
        if !required.isEmpty { object["required"] = .array(required) }
        return .object(object)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(KeyedProbe<Key>(probe: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([JSONValue].self, .init(codingPath: [], debugDescription: "schema probe"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueProbe(probe: self)
    }
}

private struct KeyedProbe<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let probe: SchemaProbe
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        record(type, key, required: true)
        return try JSONSchemaGenerator.placeholder(type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        record(type, key, required: false)
        return nil
    }

    // The primitive overloads all funnel into the generic ones.
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { record(type, key, required: true); return false }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { record(type, key, required: true); return "" }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { record(type, key, required: true); return 0 }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { record(type, key, required: true); return 0 }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { record(type, key, required: true); return 0 }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { record(type, key, required: true); return 0 }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { record(type, key, required: true); return 0 }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { record(type, key, required: false); return nil }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { record(type, key, required: false); return nil }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { record(type, key, required: false); return nil }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { record(type, key, required: false); return nil }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { record(type, key, required: false); return nil }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { record(type, key, required: false); return nil }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { record(type, key, required: false); return nil }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "schema probe"))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "schema probe"))
    }

    func superDecoder() throws -> any Decoder { probe }
    func superDecoder(forKey key: Key) throws -> any Decoder { probe }

    private func record(_ type: any Decodable.Type, _ key: Key, required: Bool) {
        probe.properties.append((key.stringValue, JSONSchemaGenerator.schema(for: type), required))
    }
}

private struct SingleValueProbe: SingleValueDecodingContainer {
    let probe: SchemaProbe
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        probe.singleValue = JSONSchemaGenerator.schema(for: type)
        return try JSONSchemaGenerator.placeholder(type)
    }

    func decode(_ type: Bool.Type) throws -> Bool { probe.singleValue = ["type": "boolean"]; return false }
    func decode(_ type: String.Type) throws -> String { probe.singleValue = ["type": "string"]; return "" }
    func decode(_ type: Double.Type) throws -> Double { probe.singleValue = ["type": "number"]; return 0 }
    func decode(_ type: Int.Type) throws -> Int { probe.singleValue = JSONSchemaGenerator.primitiveSchema(type); return 0 }
    func decode(_ type: Int64.Type) throws -> Int64 { probe.singleValue = JSONSchemaGenerator.primitiveSchema(type); return 0 }
}
