/// A coding key for paths the JSON coders build themselves: array positions and object members
/// that have no `CodingKeys` case (dictionary entries, `super`).
///
/// An index key has an `intValue`, which `JSONCoding.describe` shows as `[n]`, and the
/// `stringValue` `"Index n"`, as Foundation's coders use.
struct JSONCodingKey: CodingKey, Sendable {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.stringValue = "\(intValue)"
        self.intValue = intValue
    }

    init(index: Int) {
        self.stringValue = "Index \(index)"
        self.intValue = index
    }

    /// The key under which `superDecoder()`/`superEncoder()` work.
    static let `super` = JSONCodingKey(stringValue: "super")
}
