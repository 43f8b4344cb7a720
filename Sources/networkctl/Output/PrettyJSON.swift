import AdminProtocol

/// JSON for people and for `jq`: two-space indents, keys sorted, `"key": value`, one document.
///
/// Written out here rather than with `JSONEncoder.prettyPrinted`, which prints an empty array
/// over three lines; the compact wire form stays `JSONCoding`'s.
enum PrettyJSON {
    /// `value` as indented JSON with sorted keys (no trailing newline).
    static func render(_ value: JSONValue) -> String {
        var output = ""
        write(value, indent: "", into: &output)
        return output
    }

    /// Appends `value`, its nested lines indented one step past `indent`. A non-finite double is
    /// written as `null`, since JSON has no NaN or infinity.
    private static func write(_ value: JSONValue, indent: String, into output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let bool): output += bool ? "true" : "false"
        case .integer(let integer): output += String(integer)
        case .double(let double): output += double.isFinite ? String(double) : "null"
        case .string(let string): writeString(string, into: &output)
        case .array(let elements):
            if elements.isEmpty {
                output += "[]"
                return
            }
            let inner = indent + "  "
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += inner
                write(element, indent: inner, into: &output)
                output += index == elements.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .object(let members):
            if members.isEmpty {
                output += "{}"
                return
            }
            let inner = indent + "  "
            let keys = members.keys.sorted()
            output += "{\n"
            for (index, key) in keys.enumerated() {
                output += inner
                writeString(key, into: &output)
                output += ": "
                write(members[key]!, indent: inner, into: &output)
                output += index == keys.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as is.
    private static func writeString(_ string: String, into output: inout String) {
        output += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
