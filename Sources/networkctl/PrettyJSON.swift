import AdminProtocol
import FoundationEssentials

/// JSON for people and for `jq`: indented, keys sorted, one document.
enum PrettyJSON {
    /// `value` as indented JSON with sorted keys (no trailing newline).
    static func render(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // A JSONValue always encodes: it only holds what JSON can express.
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}
