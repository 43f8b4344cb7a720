import FoundationEssentials

/// Reading back what a rendered message says in its headers.
enum MailHeaders {
    /// The `Subject:` of `message`, unfolded, with RFC 2047 encoded-words (`=?UTF-8?B?…?=`,
    /// `=?UTF-8?Q?…?=`) decoded; `nil` when it has none.
    static func subject(of message: String) -> String? {
        var lines: [Substring] = []
        for line in message.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty || line == "\r" { break }
            if let first = line.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1] += line
            } else {
                lines.append(line)
            }
        }
        guard let header = lines.first(where: { $0.lowercased().hasPrefix("subject:") }) else { return nil }
        let value = header.dropFirst("subject:".count).trimmingPrefix(" ")
        return decodeWords(String(value).replacing("\r", with: ""))
    }

    /// `text` with each encoded-word decoded; whitespace between two encoded-words dropped.
    static func decodeWords(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        var lastWasEncoded = false
        while let start = rest.firstRange(of: "=?") {
            let before = rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstRange(of: "?="),
                  case let parts = rest[start.upperBound..<end.lowerBound].split(separator: "?", maxSplits: 2, omittingEmptySubsequences: false),
                  parts.count == 3, let decoded = decode(encoding: parts[1], text: parts[2])
            else {
                result += rest[..<start.upperBound]
                rest = rest[start.upperBound...]
                lastWasEncoded = false
                continue
            }
            if !(lastWasEncoded && before.allSatisfy({ $0 == " " || $0 == "\t" })) { result += before }
            result += decoded
            rest = rest[end.upperBound...]
            lastWasEncoded = true
        }
        return result + rest
    }

    private static func decode(encoding: Substring, text: Substring) -> String? {
        switch encoding.uppercased() {
        case "B":
            guard let data = Data(base64Encoded: String(text)) else { return nil }
            return String(validating: Array(data), as: UTF8.self)
        case "Q":
            var bytes: [UInt8] = []
            var index = text.utf8.startIndex
            let utf8 = text.utf8
            while index < utf8.endIndex {
                let byte = utf8[index]
                if byte == UInt8(ascii: "_") {
                    bytes.append(0x20)
                } else if byte == UInt8(ascii: "="), let high = utf8.index(index, offsetBy: 1, limitedBy: utf8.endIndex),
                          let low = utf8.index(index, offsetBy: 2, limitedBy: utf8.endIndex), low < utf8.endIndex,
                          let value = UInt8(String(decoding: [utf8[high], utf8[low]], as: UTF8.self), radix: 16) {
                    bytes.append(value)
                    index = low
                } else {
                    bytes.append(byte)
                }
                index = utf8.index(after: index)
            }
            return String(validating: bytes, as: UTF8.self)
        default:
            return nil
        }
    }
}
