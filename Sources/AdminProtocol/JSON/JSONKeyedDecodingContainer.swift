/// The keyed container `JSONValueDecoder` hands out for a JSON object.
///
/// A missing member is `DecodingError.keyNotFound` with the object's coding path; a member
/// that is `null` reads as absent through `decodeIfPresent` and as `.valueNotFound` through
/// `decode`, as with `JSONDecoder`. With `problems` set, a member that fails is recorded and
/// read as a placeholder (`decode`) or as absent (`decodeIfPresent`), so decoding goes on.
struct JSONKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [String: JSONValue]
    let codingPath: [any CodingKey]
    var problems: DecodingProblems? = nil

    /// A plain loop rather than `compactMap`: called through the standard library's container box,
    /// this getter runs unspecialised, and the generic `compactMap` then builds its metadata at
    /// run time (a third of a `networkctl status` call's instructions went there).
    var allKeys: [Key] {
        var keys: [Key] = []
        keys.reserveCapacity(members.count)
        for name in members.keys {
            if let key = Key(stringValue: name) { keys.append(key) }
        }
        return keys
    }

    func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

    func decodeNil(forKey key: Key) throws -> Bool { try member(key) == .null }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try collecting(false) { try JSONValueDecoder.unboxBool(member(key), codingPath + [key]) }
    }
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        try collecting("") { try JSONValueDecoder.unboxString(member(key), codingPath + [key]) }
    }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        try collecting(0) { try JSONValueDecoder.unboxDouble(member(key), codingPath + [key]) }
    }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
        try collecting(0) { try JSONValueDecoder.unboxFloat(member(key), codingPath + [key]) }
    }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try integer(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try integer(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try integer(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try integer(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try integer(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try integer(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try integer(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try integer(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try integer(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try integer(type, key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        guard let problems else { return try JSONValueDecoder.unbox(member(key), as: type, codingPath: codingPath + [key]) }
        return try problems.recording({
            try JSONValueDecoder.unbox(member(key), as: type, codingPath: codingPath + [key], problems: problems)
        }, fallback: { try JSONSchemaGenerator.placeholder(type) })
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = members[key.stringValue], value != .null else { return nil }
        guard let problems else { return try JSONValueDecoder.unbox(value, as: type, codingPath: codingPath + [key]) }
        return try problems.recording({
            try JSONValueDecoder.unbox(value, as: type, codingPath: codingPath + [key], problems: problems)
        }, fallback: { nil })
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try JSONValueDecoder(value: member(key), codingPath: codingPath + [key], problems: problems).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try JSONValueDecoder(value: member(key), codingPath: codingPath + [key], problems: problems).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        JSONValueDecoder(value: members[JSONCodingKey.super.stringValue] ?? .null, codingPath: codingPath + [JSONCodingKey.super])
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        JSONValueDecoder(value: members[key.stringValue] ?? .null, codingPath: codingPath + [key])
    }

    private func member(_ key: Key) throws -> JSONValue {
        guard let value = members[key.stringValue] else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(
                codingPath: codingPath, debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return value
    }

    private func integer<T: FixedWidthInteger>(_ type: T.Type, _ key: Key) throws -> T {
        try collecting(0) { try JSONValueDecoder.unboxInteger(member(key), as: type, codingPath + [key]) }
    }

    /// `read()`, or — when collecting problems — `placeholder` after recording its failure.
    private func collecting<T>(_ placeholder: T, _ read: () throws -> T) throws -> T {
        guard let problems else { return try read() }
        return try problems.recording(read, fallback: { placeholder })
    }
}
