/// A params type that reads the usual shape of itself straight from a `JSONValue`, without the
/// `Decoder` machinery (a keyed container, coding paths, key lookups by string): `member.get`'s
/// `{"id": 42}` in a few dozen instructions instead of a few thousand.
///
/// The direct reading is only a shortcut. It answers `nil` for anything but the plain shape it
/// knows, and `Decodable` then decodes the value as it always did, with the same errors; where it
/// answers, it must give exactly what `Decodable` gives (`JSONDirectDecodingTests` compares the
/// two over random values).
public protocol JSONDirectDecodable: Decodable, Sendable {
    /// The value `value` decodes to, or `nil` to leave it to `init(from:)`.
    static func directlyDecoded(from value: JSONValue) -> Self?
}

extension JSONCoding {
    /// How the daemon reads params of type `T`, chosen once when a method is registered: a
    /// ``JSONDirectDecodable`` type tries its shortcut first; every value the shortcut leaves,
    /// and every other type, goes through ``decodeReportingAll(_:from:)``.
    public static func paramsReader<T: Decodable & Sendable>(for type: T.Type) -> @Sendable (JSONValue) -> Result<T, FieldErrors> {
        if let direct = type as? any JSONDirectDecodable.Type { return reader(direct, for: type) }
        return { value in decodeReportingAll(T.self, from: value) }
    }

    /// The reader of `T`, which is `D` (the caller has just found out so with a cast).
    private static func reader<D: JSONDirectDecodable, T: Decodable & Sendable>(_ direct: D.Type, for type: T.Type)
        -> @Sendable (JSONValue) -> Result<T, FieldErrors>
    {
        precondition(D.self == T.self, "paramsReader(for:) opened \(D.self) for \(T.self)")
        return { value in
            if let decoded = D.directlyDecoded(from: value) { return .success(decoded as! T) }
            return decodeReportingAll(T.self, from: value)
        }
    }
}

extension NoParams: JSONDirectDecodable {
    /// `{}`, or no params at all (which the dispatcher hands on as `{}`).
    public static func directlyDecoded(from value: JSONValue) -> NoParams? {
        guard case .object(let members) = value, members.isEmpty else { return nil }
        return NoParams()
    }
}

extension MemberRef: JSONDirectDecodable {
    /// `{"id": n}` with an integer `n`; anything else (a missing or extra member, `1.0`, a
    /// string) is left to `Decodable`.
    public static func directlyDecoded(from value: JSONValue) -> MemberRef? {
        guard case .object(let members) = value, members.count == 1, case .integer(let id)? = members["id"] else { return nil }
        return MemberRef(id: id)
    }
}
