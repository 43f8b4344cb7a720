/// The unkeyed container `JSONValueEncoder` hands out: appends to an array node.
struct JSONUnkeyedEncodingContainer: UnkeyedEncodingContainer {
    let node: JSONEncodingNode
    let codingPath: [any CodingKey]
    let style: JSONValueEncoder.NumberStyle

    var count: Int { node.count }

    mutating func encodeNil() { add(.null) }
    mutating func encode(_ value: Bool) { add(.bool(value)) }
    mutating func encode(_ value: String) { add(.string(value)) }
    mutating func encode(_ value: Double) throws { add(try JSONValueEncoder.number(value, style: style, codingPath: nextPath)) }
    mutating func encode(_ value: Float) throws { add(try JSONValueEncoder.number(value, style: style, codingPath: nextPath)) }
    mutating func encode(_ value: Int) throws { add(try JSONValueEncoder.number(value, style: style)) }
    mutating func encode(_ value: Int8) throws { add(try JSONValueEncoder.number(value, style: style)) }
    mutating func encode(_ value: Int16) throws { add(try JSONValueEncoder.number(value, style: style)) }
    mutating func encode(_ value: Int32) throws { add(try JSONValueEncoder.number(value, style: style)) }
    mutating func encode(_ value: Int64) throws { add(try JSONValueEncoder.number(value, style: style)) }
    mutating func encode(_ value: UInt) throws { add(try JSONValueEncoder.number(value, style: style)) }
    mutating func encode(_ value: UInt8) throws { add(try JSONValueEncoder.number(value, style: style)) }
    mutating func encode(_ value: UInt16) throws { add(try JSONValueEncoder.number(value, style: style)) }
    mutating func encode(_ value: UInt32) throws { add(try JSONValueEncoder.number(value, style: style)) }
    mutating func encode(_ value: UInt64) throws { add(try JSONValueEncoder.number(value, style: style)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        add(try JSONValueEncoder.box(value, style: style, codingPath: nextPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONEncodingNode(kind: .object)
        let path = nextPath
        node.append(.node(child))
        return KeyedEncodingContainer(JSONKeyedEncodingContainer<NestedKey>(node: child, codingPath: path, style: style))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = JSONEncodingNode(kind: .array)
        let path = nextPath
        node.append(.node(child))
        return JSONUnkeyedEncodingContainer(node: child, codingPath: path, style: style)
    }

    mutating func superEncoder() -> any Encoder {
        let child = JSONEncodingNode()
        let path = nextPath
        node.append(.node(child))
        return JSONValueEncoder(node: child, codingPath: path, style: style)
    }

    /// The coding path of the element about to be appended.
    private var nextPath: [any CodingKey] { codingPath + [JSONCodingKey(index: count)] }

    private func add(_ value: JSONValue) { node.append(.value(value)) }
}
