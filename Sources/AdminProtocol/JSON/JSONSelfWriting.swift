/// A wire record that writes its own compact JSON: byte for byte what
/// ``JSONCoding/encodedValue(of:)`` writes of it through `Encodable`, without the `Encoder`
/// containers, their coding paths and the node tree they build.
///
/// For the results the daemon answers most often (a member: `member.get`, `member.update`, a
/// page of `member.list`), where encoding through `Encodable` was a quarter of a request's
/// instructions. Everything else keeps its synthesized `Encodable`, which stays the definition of
/// the wire: a conformer writes its members in the wire's key order (UTF-8 byte order, see
/// `JSONWriter`) and leaves out a nil optional as the synthesized `encode(to:)` does, and
/// `JSONSelfWritingTests` holds every conformer to its `Encodable` bytes over random values,
/// hostile strings and extremes included. Debug builds also trap a key written out of order.
public protocol JSONSelfWriting: Encodable, Sendable {
    /// Writes the value's members, in the wire's key order, into `object`.
    func writeMembers(to object: inout JSONObjectWriter)
}

extension JSONSelfWriting {
    /// The value as one compact JSON object.
    public var jsonBytes: [UInt8] {
        var object = JSONObjectWriter(writer: JSONWriter(capacity: 512))
        writeMembers(to: &object)
        return object.finish()
    }
}

extension JSONCoding {
    /// How the daemon writes results of type `T`, chosen once when a method is registered: a
    /// ``JSONSelfWriting`` type writes itself; any other goes through ``encodedValue(of:)``.
    /// Either way the bytes are ``encodedValue(of:)``'s.
    public static func resultWriter<T: Encodable & Sendable>(for type: T.Type) -> @Sendable (T) throws -> [UInt8] {
        if let selfWriting = type as? any JSONSelfWriting.Type { return writer(selfWriting, for: type) }
        return { value in try encodedValue(of: value) }
    }

    /// The writer of `T`, which is `W` (the caller has just found out so with a cast).
    private static func writer<W: JSONSelfWriting, T: Sendable>(_ selfWriting: W.Type, for type: T.Type) -> @Sendable (T) throws -> [UInt8] {
        precondition(W.self == T.self, "resultWriter(for:) opened \(W.self) for \(T.self)")
        return { value in (value as! W).jsonBytes }
    }
}

/// Writes one JSON object's members, in the order they are given, for ``JSONSelfWriting``.
///
/// Keys are static ASCII names that need no escaping (a record's property names); values are
/// escaped and written as `JSONEncoder` writes them. A `write` of a nil optional writes nothing,
/// as `encodeIfPresent` does.
public struct JSONObjectWriter: ~Copyable {
    var writer: JSONWriter
    private var written = 0
    #if DEBUG
    private var lastKey: [UInt8] = []
    #endif

    init(writer: consuming JSONWriter) { self.writer = writer }

    /// Opens the next member: `{"key":` for the first, `,"key":` after it.
    @inline(__always)
    private mutating func key(_ key: StaticString) {
        #if DEBUG
        let bytes = key.withUTF8Buffer { Array($0) }
        precondition(written == 0 || lastKey.lexicographicallyPrecedes(bytes), "\(key) written after \(String(decoding: lastKey, as: UTF8.self)): out of the wire's key order")
        lastKey = bytes
        #endif
        writer.appendRaw(written == 0 ? "{\"" : ",\"")
        writer.appendRaw(key)
        writer.appendRaw("\":")
        written += 1
    }

    /// Closes the object (`{}` when nothing was written).
    private mutating func close() {
        writer.appendRaw(written == 0 ? "{}" : "}")
    }

    /// Closes the object and hands over its bytes.
    consuming func finish() -> [UInt8] {
        close()
        return writer.bytes()
    }

    /// Writes `value` as an object nested here, with its own count and order of keys.
    private mutating func nest<Value: JSONSelfWriting>(_ value: Value) {
        let outer = written
        written = 0
        #if DEBUG
        let outerKey = lastKey
        #endif
        value.writeMembers(to: &self)
        close()
        written = outer
        #if DEBUG
        lastKey = outerKey
        #endif
    }

    /// A string, escaped as the wire escapes strings.
    public mutating func write(_ key: StaticString, _ value: String) {
        self.key(key)
        writer.appendString(value)
    }

    public mutating func write(_ key: StaticString, _ value: String?) {
        if let value { write(key, value) }
    }

    /// An integer, in decimal.
    public mutating func write(_ key: StaticString, _ value: Int64) {
        self.key(key)
        writer.appendInteger(value)
    }

    public mutating func write(_ key: StaticString, _ value: Int64?) {
        if let value { write(key, value) }
    }

    public mutating func write(_ key: StaticString, _ value: Int) {
        write(key, Int64(value))
    }

    public mutating func write(_ key: StaticString, _ value: Int?) {
        if let value { write(key, Int64(value)) }
    }

    /// `true` or `false`.
    public mutating func write(_ key: StaticString, _ value: Bool) {
        self.key(key)
        writer.appendBool(value)
    }

    /// A string-backed enum, written as its raw value (as its synthesized `Encodable` does).
    public mutating func write<Value: RawRepresentable & Encodable>(_ key: StaticString, _ value: Value) where Value.RawValue == String {
        write(key, value.rawValue)
    }

    /// A nested record, written as an object.
    public mutating func write<Value: JSONSelfWriting>(_ key: StaticString, _ value: Value) {
        self.key(key)
        nest(value)
    }

    /// An array of records, written as an array of objects.
    public mutating func write<Element: JSONSelfWriting>(_ key: StaticString, _ elements: [Element]) {
        self.key(key)
        writer.appendRaw("[")
        for (position, element) in elements.enumerated() {
            if position > 0 { writer.appendRaw(",") }
            nest(element)
        }
        writer.appendRaw("]")
    }
}
