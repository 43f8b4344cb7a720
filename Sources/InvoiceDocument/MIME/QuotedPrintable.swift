/// RFC 2045 §6.7 quoted-printable: the transfer encoding of the text and HTML parts, so that any
/// UTF-8 text travels as short lines of plain ASCII that every relay leaves alone.
///
/// Guarantees about `encode(_:)`'s output:
/// - Only printable ASCII, spaces and LF; every line at most 76 characters, a soft line break
///   (`=` at the end) included — far under SMTP's 998.
/// - It decodes (RFC 2045 rules: drop `=` + newline, turn `=XX` into its byte) to exactly the
///   input's UTF-8, with its line breaks as LF: a CRLF or a lone CR in the input is a line break
///   too, as text is.
/// - A space or tab that ends a line is encoded (`=20`, `=09`), so a relay that strips trailing
///   white space changes nothing; `=` is always `=3D`.
/// - A line never starts with `.` (it is `=2E`), nor with `From ` (`=46rom `): a relay that ends
///   DATA at a lone dot or an mbox that quotes `From ` cannot alter the text.
/// - `=` is only ever followed by two upper-case hex digits or the end of the line, so the output
///   never holds `=_`, which every `MIMEBoundary` starts with.
enum QuotedPrintable {
    /// The longest encoded line, the soft break's `=` included (RFC 2045's limit).
    static let lineLength = 76

    /// The upper-case hex digits of RFC 2045's `=XX`.
    static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// `text` encoded, lines joined by LF; a text that ends with a line break ends with one here.
    static func encode(_ text: String) -> String {
        var output: [UInt8] = []
        let lines = Self.lines(of: text)
        for (index, line) in lines.enumerated() {
            encode(line: line, into: &output)
            if index < lines.count - 1 { output.append(UInt8(ascii: "\n")) }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The UTF-8 lines of `text`, split at LF, CRLF and lone CR.
    static func lines(of text: String) -> [[UInt8]] {
        var lines: [[UInt8]] = [[]]
        var previousWasCR = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\n") where previousWasCR:
                previousWasCR = false
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                lines.append([])
                previousWasCR = byte == UInt8(ascii: "\r")
            default:
                lines[lines.count - 1].append(byte)
                previousWasCR = false
            }
        }
        return lines
    }

    /// One line of input encoded, with soft line breaks so that no output line exceeds
    /// `lineLength`.
    static func encode(line: [UInt8], into output: inout [UInt8]) {
        var column = 0
        for (index, byte) in line.enumerated() {
            let isLast = index == line.count - 1
            var token = literalOrEscaped(byte, endsLine: isLast)
            // A soft break leaves room for its `=`; the line's last token may use that column.
            let limit = isLast ? lineLength : lineLength - 1
            let breaksBefore = column > 0 && column + token.count > limit
            if column == 0 || breaksBefore {
                let startsFrom = byte == UInt8(ascii: "F") && line[index...].starts(with: Array("From ".utf8))
                if byte == UInt8(ascii: ".") || startsFrom { token = escaped(byte) }
            }
            if column > 0 && column + token.count > limit {
                output.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "\n")])
                column = 0
            }
            output.append(contentsOf: token)
            column += token.count
        }
    }

    /// `byte` as it may stand in encoded text: itself when printable (a space or tab only when
    /// something follows it on the line), else `=XX`.
    static func literalOrEscaped(_ byte: UInt8, endsLine: Bool) -> [UInt8] {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"):
            endsLine ? escaped(byte) : [byte]
        case UInt8(ascii: "="):
            escaped(byte)
        case 33...126:
            [byte]
        default:
            escaped(byte)
        }
    }

    /// `=XX` for `byte`.
    static func escaped(_ byte: UInt8) -> [UInt8] {
        [UInt8(ascii: "="), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
    }
}
