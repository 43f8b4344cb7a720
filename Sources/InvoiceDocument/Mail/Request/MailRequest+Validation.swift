extension MailRequest {
    /// Header names the message writes itself, or that would change who `sendmail -t` delivers
    /// to or how the body is read; an extra header may not use them (compared without case).
    public static let reservedHeaderNames: Set<String> = [
        "from", "to", "cc", "bcc", "reply-to", "subject", "date", "message-id", "mime-version", "sender",
        "resent-from", "resent-to", "resent-cc", "resent-bcc", "resent-sender", "resent-date", "resent-message-id",
        "return-path", "content-type", "content-transfer-encoding", "content-disposition", "content-id",
        "content-description",
    ]
    /// The longest address accepted (RFC 5321's path limit, less the angle brackets).
    static let maximumAddressLength = 254
    /// The longest extra header value: it must fold under SMTP's 998-character line limit.
    static let maximumHeaderValueLength = 900
    /// The longest extra header name (RFC 5322 sets none; this keeps a name and its value on
    /// one line under 998).
    static let maximumHeaderNameLength = 76
    /// The longest media type of an attachment.
    static let maximumContentTypeLength = 100
    /// The longest template name.
    static let maximumTemplateNameLength = 64

    /// The request itself, once every value has been checked: the template's name is a file
    /// name stem, the context an object, each address one `@` with nothing that could break a
    /// header, the message id `left@right` of dot-atoms, the date RFC 3339, each extra header a
    /// printable-ASCII name not in `reservedHeaderNames` with a value of printable ASCII, and each
    /// attachment a file name without `/` or control characters and a `type/subtype` media type.
    ///
    /// Display names and the context are not checked: any text can be shown (see `MailAddress`).
    ///
    /// - Throws: `MailMessageError.requestInvalid(field:problem:)` for the first value that fails,
    ///   named by its JSON path.
    public func validated() throws(MailMessageError) -> MailRequest {
        try Self.checkTemplateName(template)
        if let context {
            guard case .object = context else { throw .requestInvalid(field: "context", problem: "is not a JSON object") }
        }
        try Self.checkAddress(from.address, field: "from.address")
        guard !to.isEmpty else { throw .requestInvalid(field: "to", problem: "names no recipient") }
        for (index, mailbox) in to.enumerated() {
            try Self.checkAddress(mailbox.address, field: "to[\(index)].address")
        }
        if let replyTo { try Self.checkAddress(replyTo.address, field: "replyTo.address") }
        try Self.checkMessageID(messageId)
        guard MailDate(rfc3339: date) != nil else {
            throw .requestInvalid(field: "date", problem: "is not an RFC 3339 date and time (2027-09-01T09:00:00Z)")
        }
        for (name, value) in (headers ?? [:]).sorted(by: { $0.key < $1.key }) {
            try Self.checkHeader(name: name, value: value)
        }
        for (index, attachment) in (attachments ?? []).enumerated() {
            try Self.checkAttachment(attachment, field: "attachments[\(index)]")
        }
        return self
    }

    /// - Throws: `.requestInvalid` unless `name` is 1–64 ASCII letters, digits, `-` and `_`,
    ///   starting with a letter or digit — so it can only ever name a file in the `mail` folder.
    static func checkTemplateName(_ name: String) throws(MailMessageError) {
        let allowed = name.utf8.allSatisfy { isLetterOrDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
        guard !name.isEmpty, name.utf8.count <= maximumTemplateNameLength, allowed, isLetterOrDigit(name.utf8.first!) else {
            throw .requestInvalid(field: "template",
                                  problem: "is not a template name (1–64 letters, digits, - and _, as in invoice-issued)")
        }
    }

    /// - Throws: `.requestInvalid` naming `field` unless `address` is `local@domain`: one `@`,
    ///   both sides non-empty, printable ASCII without white space, `<`, `>`, `,`, `;`, `:`, `"`,
    ///   `(`, `)` or `\`, at most 254 characters.
    static func checkAddress(_ address: String, field: String) throws(MailMessageError) {
        if let byte = address.utf8.first(where: { !(33...126).contains($0) }) {
            let what = switch byte {
            case 10, 13: "a line break"
            case 32, 9: "white space"
            case 128...: "a non-ASCII character"
            default: "a control character"
            }
            throw .requestInvalid(field: field, problem: "is not an e-mail address: it holds \(what)")
        }
        if let special = address.first(where: { "<>,;:\"()\\".contains($0) }) {
            throw .requestInvalid(field: field, problem: "is not an e-mail address: it holds \(special)")
        }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw .requestInvalid(field: field, problem: "is not an e-mail address: it needs exactly one @ between two parts")
        }
        guard address.utf8.count <= maximumAddressLength else {
            throw .requestInvalid(field: field, problem: "is longer than \(maximumAddressLength) characters")
        }
    }

    /// - Throws: `.requestInvalid` for `messageId` unless it is `left@right`, each side dot-atom
    ///   text (RFC 5322 `atext` and single inner dots), without angle brackets, at most 250
    ///   characters.
    static func checkMessageID(_ id: String) throws(MailMessageError) {
        let parts = id.split(separator: "@", omittingEmptySubsequences: false)
        let isDotAtom = { (text: Substring) in
            !text.isEmpty && !text.hasPrefix(".") && !text.hasSuffix(".") && !text.contains("..")
                && text.utf8.allSatisfy { isAtext($0) || $0 == UInt8(ascii: ".") }
        }
        guard id.utf8.count <= 250, parts.count == 2, isDotAtom(parts[0]), isDotAtom(parts[1]) else {
            throw .requestInvalid(field: "messageId",
                                  problem: "is not a message id: it must be left@right of letters, digits, dots and -, without <>")
        }
    }

    /// - Throws: `.requestInvalid` naming `headers.NAME` when the name is empty, holds anything
    ///   but printable ASCII other than `:`, is longer than 76 characters, or is reserved; or when the value holds a line
    ///   break, a control character or non-ASCII, or is longer than `maximumHeaderValueLength`.
    static func checkHeader(name: String, value: String) throws(MailMessageError) {
        let printableName = String(decoding: name.utf8.map { (33...126).contains($0) ? $0 : UInt8(ascii: "?") }, as: UTF8.self)
        let field = "headers.\(printableName)"
        guard !name.isEmpty, name.utf8.allSatisfy({ (33...126).contains($0) && $0 != UInt8(ascii: ":") }) else {
            throw .requestInvalid(field: field, problem: "is not a header name: it must be printable ASCII without : or spaces")
        }
        guard name.utf8.count <= maximumHeaderNameLength else {
            throw .requestInvalid(field: field, problem: "is longer than \(maximumHeaderNameLength) characters")
        }
        guard !reservedHeaderNames.contains(name.lowercased()) else {
            throw .requestInvalid(field: field, problem: "is written by the renderer itself and cannot be given")
        }
        guard value.utf8.allSatisfy({ (32...126).contains($0) || $0 == 9 }) else {
            throw .requestInvalid(field: field, problem: "holds a line break, a control character or non-ASCII text")
        }
        guard value.utf8.count <= maximumHeaderValueLength else {
            throw .requestInvalid(field: field, problem: "is longer than \(maximumHeaderValueLength) characters")
        }
    }

    /// - Throws: `.requestInvalid` naming `field.filename` unless it is 1–255 UTF-8 bytes without
    ///   `/` or control characters, `field.contentType` unless it is `type/subtype` of RFC 2045
    ///   token characters (at most 100), and `field.path` when it is empty.
    static func checkAttachment(_ attachment: MailAttachment, field: String) throws(MailMessageError) {
        let name = attachment.filename
        guard !name.isEmpty, name.utf8.count <= 255, !name.contains("/"),
              !name.unicodeScalars.contains(where: { $0.value < 32 || (0x7F...0x9F).contains($0.value) })
        else {
            throw .requestInvalid(field: "\(field).filename", problem: "is not a file name: 1–255 bytes, without / or control characters")
        }
        let type = attachment.contentType.split(separator: "/", omittingEmptySubsequences: false)
        guard type.count == 2, type.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(isTokenCharacter) }),
              attachment.contentType.utf8.count <= maximumContentTypeLength
        else {
            throw .requestInvalid(field: "\(field).contentType", problem: "is not a media type (type/subtype, as in application/pdf)")
        }
        guard !attachment.path.isEmpty, !attachment.path.utf8.contains(0) else {
            throw .requestInvalid(field: "\(field).path", problem: "is not a file path")
        }
    }

    /// Whether `byte` is an ASCII letter or digit.
    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
    }

    /// Whether `byte` is RFC 5322 `atext`: a letter, a digit or one of ``!#$%&'*+-/=?^_`{|}~``.
    static func isAtext(_ byte: UInt8) -> Bool {
        isLetterOrDigit(byte) || "!#$%&'*+-/=?^_`{|}~".utf8.contains(byte)
    }

    /// Whether `byte` is an RFC 2045 token character: printable ASCII but `()<>@,;:\"/[]?=`.
    static func isTokenCharacter(_ byte: UInt8) -> Bool {
        (33...126).contains(byte) && !"()<>@,;:\\\"/[]?=".utf8.contains(byte)
    }
}
