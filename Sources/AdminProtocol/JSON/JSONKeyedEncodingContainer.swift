/// The keyed container `JSONValueEncoder` hands out: fills an object node member by member.
struct JSONKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONEncodingNode
    let codingPath: [any CodingKey]
    let style: JSONValueEncoder.NumberStyle

    mutating func encodeNil(forKey key: Key) { set(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) { set(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) { set(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        set(try JSONValueEncoder.number(value, style: style, codingPath: codingPath + [key]), key)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        set(try JSONValueEncoder.number(value, style: style, codingPath: codingPath + [key]), key)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(try JSONValueEncoder.number(value, style: style), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(try JSONValueEncoder.number(value, style: style), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(try JSONValueEncoder.number(value, style: style), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(try JSONValueEncoder.number(value, style: style), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(try JSONValueEncoder.number(value, style: style), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(try JSONValueEncoder.number(value, style: style), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(try JSONValueEncoder.number(value, style: style), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(try JSONValueEncoder.number(value, style: style), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(try JSONValueEncoder.number(value, style: style), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(try JSONValueEncoder.number(value, style: style), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        set(try JSONValueEncoder.box(value, style: style, codingPath: codingPath + [key]), key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONEncodingNode(kind: .object)
        node.set(.node(child), forKey: key.stringValue)
        return KeyedEncodingContainer(JSONKeyedEncodingContainer<NestedKey>(node: child, codingPath: codingPath + [key], style: style))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = JSONEncodingNode(kind: .array)
        node.set(.node(child), forKey: key.stringValue)
        return JSONUnkeyedEncodingContainer(node: child, codingPath: codingPath + [key], style: style)
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: JSONCodingKey.super) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key) }

    private func superEncoder(named key: any CodingKey) -> any Encoder {
        let child = JSONEncodingNode()
        node.set(.node(child), forKey: key.stringValue)
        return JSONValueEncoder(node: child, codingPath: codingPath + [key], style: style)
    }

    private func set(_ value: JSONValue, _ key: Key) { node.set(.value(value), forKey: key.stringValue) }
}
