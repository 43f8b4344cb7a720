import Foundation
import Testing

/// A composed message read back by an independent, deliberately simple reader — unfolding,
/// RFC 2047 and quoted-printable decoding, multipart splitting — so the composer's tests check
/// its output against the standards, not against its own encoders.
struct ParsedMail {
    /// The header fields, unfolded, in order: (name, raw value).
    var headers: [(name: String, value: String)]
    /// The raw header lines as written.
    var headerLines: [String]
    /// The body, as written.
    var body: String

    /// `text` split at its first empty line.
    init(_ text: String) throws {
        let split = try #require(text.range(of: "\n\n"), "no empty line after the headers")
        headerLines = text[..<split.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        body = String(text[split.upperBound...])
        var headers: [(name: String, value: String)] = []
        for line in headerLines {
            if line.hasPrefix(" ") || line.hasPrefix("\t") {
                try #require(!headers.isEmpty, "a continuation line first")
                headers[headers.count - 1].value += line
            } else {
                let colon = try #require(line.firstIndex(of: ":"), "a header line without a colon: \(line)")
                headers.append((String(line[..<colon]), String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
            }
        }
        self.headers = headers
    }

    /// The unfolded value of the first header `name` (case-insensitive).
    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// A header parameter's value (`boundary`, `filename`), quoted or RFC 2231 (continued or not).
    static func parameter(_ name: String, in value: String) -> String? {
        let parameters = value.split(separator: ";").dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
        for parameter in parameters where parameter.hasPrefix(name + "=\"") {
            return String(parameter.dropFirst(name.count + 2).dropLast())
                .replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
        }
        var sections: [String] = []
        for parameter in parameters {
            if parameter.hasPrefix(name + "*=") {
                sections = [String(parameter.dropFirst(name.count + 2))]
                break
            }
            if parameter.hasPrefix(name + "*\(sections.count)*=") {
                sections.append(String(parameter.dropFirst(name.count + "*\(sections.count)*=".count)))
            }
        }
        guard let first = sections.first, first.hasPrefix("UTF-8''") else { return nil }
        let joined = String(first.dropFirst(7)) + sections.dropFirst().joined()
        return joined.removingPercentEncoding
    }

    /// The parts of a multipart `body` with `boundary`: each part's text between delimiter lines.
    static func parts(of body: String, boundary: String) throws -> [String] {
        let lines = body.components(separatedBy: "\n")
        var parts: [String] = []
        var current: [String]?
        for line in lines {
            if line == "--" + boundary + "--" {
                if let current { parts.append(current.joined(separator: "\n")) }
                return parts
            } else if line == "--" + boundary {
                if let current { parts.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current?.append(line)
            }
        }
        Issue.record("no closing delimiter --\(boundary)--")
        return parts
    }

    /// RFC 2047 decoding of a header value: `=?UTF-8?B?…?=` words (with the white space between
    /// adjacent ones dropped) decoded by Foundation's base64; anything else kept.
    static func decodeWords(_ value: String) throws -> String {
        let pattern = try NSRegularExpression(pattern: #"=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=(\s+(?==\?UTF-8\?B\?))?"#)
        var result = ""
        var last = value.startIndex
        for match in pattern.matches(in: value, range: NSRange(value.startIndex..., in: value)) {
            let whole = try #require(Range(match.range, in: value))
            let payload = try #require(Range(match.range(at: 1), in: value))
            result += value[last..<whole.lowerBound]
            let data = try #require(Data(base64Encoded: String(value[payload])), "bad base64 in \(value)")
            result += try #require(String(data: data, encoding: .utf8), "an encoded-word that is not whole UTF-8")
            last = whole.upperBound
        }
        return result + value[last...]
    }

    /// Quoted-printable decoding (RFC 2045 §6.7): soft breaks dropped, `=XX` made bytes.
    static func decodeQuotedPrintable(_ encoded: String) throws -> String {
        var bytes: [UInt8] = []
        let input = Array(encoded.utf8)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "=") {
                if index + 1 < input.count && input[index + 1] == UInt8(ascii: "\n") {
                    index += 2
                    continue
                }
                try #require(index + 2 < input.count, "a truncated =XX")
                let hex = try #require(UInt8(String(decoding: input[(index + 1)...(index + 2)], as: UTF8.self), radix: 16))
                bytes.append(hex)
                index += 3
            } else {
                bytes.append(byte)
                index += 1
            }
        }
        return try #require(String(validating: bytes, as: UTF8.self), "decoded quoted-printable is not UTF-8")
    }

    /// A part split into its header lines (unfolded fields) and its body.
    static func part(_ text: String) throws -> ParsedMail {
        try ParsedMail(text)
    }
}
