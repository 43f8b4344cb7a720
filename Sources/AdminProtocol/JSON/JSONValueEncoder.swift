import FoundationEssentials

/// Encodes any `Encodable` straight into a `JSONValue`, without writing and re-reading text.
///
/// Structure follows `JSONEncoder` (default strategies): synthesised `encodeIfPresent` leaves a
/// nil optional out, `encodeNil` writes `null`, a value that encodes nothing becomes `{}`,
/// `Data` becomes a base64 string, `URL` its absolute string, `Date` its own `Encodable`
/// (seconds since 2001). Numbers depend on `style`:
/// - `.reread` gives what writing with `JSONEncoder` and reading the text back gave, so that
///   values compared for equality don't change: a whole-number `Double` that fits in `Int64`
///   becomes `.integer` (3.0 → `.integer(3)`), as do `Float`s and `Decimal`s; an unsigned value
///   above `Int64.max` becomes `.double`.
/// - `.exact` keeps every `Double` a `.double`, so `JSONWriter` prints it as `JSONEncoder`
///   would; a value the writer could not print the same way (`Float`, `Decimal`, an unsigned
///   value above `Int64.max`) throws `Unrepresentable`, and the caller falls back to
///   `JSONEncoder`.
struct JSONValueEncoder: Encoder {
    /// How numbers are mapped; see the type's documentation.
    enum NumberStyle {
        case reread, exact
    }

    /// Thrown in `.exact` style for a value `JSONWriter` cannot write as `JSONEncoder` does.
    struct Unrepresentable: Error {}

    let node: JSONEncodingNode
    let codingPath: [any CodingKey]
    let style: NumberStyle
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(node: JSONEncodingNode, codingPath: [any CodingKey], style: NumberStyle) {
        self.node = node
        self.codingPath = codingPath
        self.style = style
    }

    /// Encodes `value`.
    ///
    /// - Throws: `EncodingError.invalidValue` for a NaN or infinite number, or for a top-level
    ///   value that encodes nothing (as `JSONEncoder` does); `Unrepresentable` in `.exact` style.
    static func encode<T: Encodable>(_ value: T, style: NumberStyle) throws -> JSONValue {
        switch try encoded(value, style: style) {
        case .value(let direct): direct
        case .node(let node): node.value!
        }
    }

    /// The compact JSON bytes of `encode(value, style:)`'s value, written from the encoding's
    /// nodes without building the value (see `JSONWriter.write(_:)` of a node).
    static func write<T: Encodable>(_ value: T, style: NumberStyle) throws -> [UInt8] {
        switch try encoded(value, style: style) {
        case .value(let direct): try JSONWriter.write(direct)
        case .node(let node): try JSONWriter.write(node)
        }
    }

    /// `value` encoded: directly as a value for the common leaf types, otherwise as the node its
    /// `encode(to:)` filled — never an empty one.
    private static func encoded<T: Encodable>(_ value: T, style: NumberStyle) throws -> JSONEncodingNode.Element {
        if let direct = try directValue(value, style: style, codingPath: []) { return .value(direct) }
        let node = JSONEncodingNode()
        try value.encode(to: JSONValueEncoder(node: node, codingPath: [], style: style))
        guard node.kind != .empty else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."))
        }
        return .node(node)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObject()
        return KeyedEncodingContainer(JSONKeyedEncodingContainer<Key>(node: node, codingPath: codingPath, style: style))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.makeArray()
        return JSONUnkeyedEncodingContainer(node: node, codingPath: codingPath, style: style)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }
}

extension JSONValueEncoder {
    /// The value of a nested `Encodable`: directly for the common leaf types, otherwise by
    /// running its `encode(to:)` into a fresh node.
    static func box<T: Encodable>(_ value: T, style: NumberStyle, codingPath: @autoclosure () -> [any CodingKey]) throws -> JSONValue {
        if let direct = try directValue(value, style: style, codingPath: codingPath()) { return direct }
        let node = JSONEncodingNode()
        try value.encode(to: JSONValueEncoder(node: node, codingPath: codingPath(), style: style))
        return node.value ?? .object([:])
    }

    private static func directValue<T: Encodable>(_ value: T, style: NumberStyle,
                                                  codingPath: @autoclosure () -> [any CodingKey]) throws -> JSONValue? {
        if T.self == JSONValue.self { return (value as! JSONValue) }
        if T.self == String.self { return .string(value as! String) }
        if T.self == Int.self { return .integer(Int64(value as! Int)) }
        if T.self == Int64.self { return .integer(value as! Int64) }
        if T.self == Bool.self { return .bool(value as! Bool) }
        if T.self == Double.self { return try number(value as! Double, style: style, codingPath: codingPath()) }
        if T.self == Data.self { return .string((value as! Data).base64EncodedString()) }
        if T.self == URL.self { return .string((value as! URL).absoluteString) }
        if T.self == Decimal.self {
            guard style == .reread else { throw Unrepresentable() }
            return JSONParser.number(fromText: "\(value as! Decimal)") ?? .double(Double("\(value as! Decimal)") ?? 0)
        }
        return nil
    }

    static func number(_ double: Double, style: NumberStyle, codingPath: @autoclosure () -> [any CodingKey]) throws -> JSONValue {
        guard double.isFinite else {
            throw EncodingError.invalidValue(double, EncodingError.Context(
                codingPath: codingPath(), debugDescription: "Unable to encode Double.\(double) directly in JSON."))
        }
        guard style == .reread, double.rounded(.towardZero) == double else { return .double(double) }
        if abs(double) < 1e16 { return .integer(Int64(double)) }
        // Written in exponent form: read back exactly as that text reads.
        return reread(double.description)
    }

    static func number(_ float: Float, style: NumberStyle, codingPath: @autoclosure () -> [any CodingKey]) throws -> JSONValue {
        guard float.isFinite else {
            throw EncodingError.invalidValue(float, EncodingError.Context(
                codingPath: codingPath(), debugDescription: "Unable to encode Float.\(float) directly in JSON."))
        }
        guard style == .reread else { throw Unrepresentable() }
        return reread(float.description)
    }

    static func number<T: FixedWidthInteger>(_ integer: T, style: NumberStyle) throws -> JSONValue {
        if let exact = Int64(exactly: integer) { return .integer(exact) }
        guard style == .reread else { throw Unrepresentable() }
        return .double(Double(integer))
    }

    /// What `JSONDecoder` made of the text `JSONEncoder` wrote for a number.
    private static func reread(_ description: String) -> JSONValue {
        var text = description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return JSONParser.number(fromText: text) ?? .double(Double(text) ?? 0)
    }
}

extension JSONValueEncoder: SingleValueEncodingContainer {
    func encodeNil() { node.setSingle(.null) }
    func encode(_ value: Bool) { node.setSingle(.bool(value)) }
    func encode(_ value: String) { node.setSingle(.string(value)) }
    func encode(_ value: Double) throws { node.setSingle(try Self.number(value, style: style, codingPath: codingPath)) }
    func encode(_ value: Float) throws { node.setSingle(try Self.number(value, style: style, codingPath: codingPath)) }
    func encode(_ value: Int) throws { node.setSingle(try Self.number(value, style: style)) }
    func encode(_ value: Int8) throws { node.setSingle(try Self.number(value, style: style)) }
    func encode(_ value: Int16) throws { node.setSingle(try Self.number(value, style: style)) }
    func encode(_ value: Int32) throws { node.setSingle(try Self.number(value, style: style)) }
    func encode(_ value: Int64) throws { node.setSingle(try Self.number(value, style: style)) }
    func encode(_ value: UInt) throws { node.setSingle(try Self.number(value, style: style)) }
    func encode(_ value: UInt8) throws { node.setSingle(try Self.number(value, style: style)) }
    func encode(_ value: UInt16) throws { node.setSingle(try Self.number(value, style: style)) }
    func encode(_ value: UInt32) throws { node.setSingle(try Self.number(value, style: style)) }
    func encode(_ value: UInt64) throws { node.setSingle(try Self.number(value, style: style)) }
    func encode<T: Encodable>(_ value: T) throws { node.setSingle(try Self.box(value, style: style, codingPath: codingPath)) }
}
