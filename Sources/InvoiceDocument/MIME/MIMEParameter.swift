/// A parameter of `Content-Type` or `Content-Disposition` — `filename="invoice.pdf"` — written so
/// that any file name survives: as a quoted string when it is short plain ASCII, else in RFC 2231's
/// extended form, `filename*=UTF-8''%C3%A9t%C3%A9.pdf`, cut into numbered sections
/// (`filename*0*=`, `filename*1*=`, …) when it is long.
///
/// Guarantees: every piece is printable ASCII without CR or LF and at most 70 characters, so its
/// header folds under 78; a reader that follows RFC 2231 (Python's `email`, Thunderbird, Apple
/// Mail, Outlook) gets back exactly the UTF-8 value.
enum MIMEParameter {
    /// The longest value written as a plain quoted string.
    static let quotedLimit = 60
    /// The longest percent-encoded text in one section of a continued parameter.
    static let sectionLimit = 48

    /// The characters RFC 2231 lets stand for themselves (`attribute-char`: no space, control,
    /// `*`, `'`, `%` or RFC 2045 `tspecial`).
    static let attributeCharacters = Set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`{|}~".utf8)

    /// The parameter `name` with `value`, as header pieces; each but the header's last ends with
    /// `;` (`isLast` false).
    ///
    /// - Precondition: `name` is an RFC 2045 token (the callers pass `name`, `filename`,
    ///   `charset`, `boundary`).
    static func pieces(_ name: String, _ value: String, isLast: Bool) -> [HeaderField.Piece] {
        let end = isLast ? "" : ";"
        if isQuotable(value) {
            return [.word(name + "=\"" + value + "\"" + end)]
        }
        let encoded = percentEncoded(value)
        if encoded.count <= quotedLimit {
            return [.word(name + "*=UTF-8''" + encoded + end)]
        }
        let sections = Self.sections(of: encoded)
        return sections.enumerated().map { index, section in
            let charset = index == 0 ? "UTF-8''" : ""
            let separator = index == sections.count - 1 ? end : ";"
            return .word(name + "*\(index)*=" + charset + section + separator)
        }
    }

    /// Whether `value` may be written as `"value"`: printable ASCII without `"`, `\` or `=?` (which
    /// some readers take for an encoded-word), and short.
    static func isQuotable(_ value: String) -> Bool {
        value.utf8.count <= quotedLimit && !value.contains("=?")
            && value.utf8.allSatisfy { (32...126).contains($0) && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
    }

    /// `value`'s UTF-8 with every byte that is not an `attributeCharacter` written `%XX`.
    static func percentEncoded(_ value: String) -> String {
        var output: [UInt8] = []
        for byte in value.utf8 {
            if attributeCharacters.contains(byte) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(QuotedPrintable.hexDigits[Int(byte >> 4)])
                output.append(QuotedPrintable.hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `encoded` cut into sections of at most `sectionLimit` characters, never inside a `%XX`.
    static func sections(of encoded: String) -> [String] {
        var sections: [String] = []
        var current = ""
        var characters = encoded[...]
        while let first = characters.first {
            let unit = first == "%" ? String(characters.prefix(3)) : String(first)
            if current.count + unit.count > sectionLimit {
                sections.append(current)
                current = ""
            }
            current += unit
            characters = characters.dropFirst(unit.count)
        }
        if !current.isEmpty { sections.append(current) }
        return sections
    }
}
