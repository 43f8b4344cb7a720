extension MailMessage {
    /// The longest display name written as a quoted string; a longer one becomes encoded-words,
    /// which fold.
    static let quotedNameLimit = 60

    /// The message's header fields, up to and including `MIME-Version` and the extra headers.
    ///
    /// - Throws: `.requestInvalid` for a date that is not RFC 3339 (which `validated()` has
    ///   already refused).
    static func headers(of request: MailRequest, subject: String) throws(MailMessageError) -> String {
        guard let date = MailDate(rfc3339: request.date) else {
            throw .requestInvalid(field: "date", problem: "is not an RFC 3339 date and time")
        }
        var fields = [
            HeaderField("From", mailbox(request.from, isLast: true)),
            HeaderField("To", request.to.enumerated().flatMap { index, mailbox in
                self.mailbox(mailbox, isLast: index == request.to.count - 1)
            }),
        ]
        if let replyTo = request.replyTo { fields.append(HeaderField("Reply-To", mailbox(replyTo, isLast: true))) }
        fields += [
            HeaderField("Subject", unstructured(MailContent.oneLine(subject))),
            HeaderField("Date", word: date.rfc5322),
            HeaderField("Message-ID", word: "<" + request.messageId + ">"),
            HeaderField("MIME-Version", word: "1.0"),
        ]
        for (name, value) in (request.headers ?? [:]).sorted(by: { $0.key < $1.key }) {
            let words = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { HeaderField.Piece.word(String($0)) }
            fields.append(HeaderField(name, words))
        }
        return fields.map(\.rendered).joined()
    }

    /// A mailbox as header pieces: its display name (`phrase`), then `<address>`, with a comma
    /// after it unless `isLast`; a mailbox without a name is its address alone.
    static func mailbox(_ mailbox: MailAddress, isLast: Bool) -> [HeaderField.Piece] {
        let comma = isLast ? "" : ","
        let name = MailContent.oneLine(mailbox.name ?? "")
        guard !name.isEmpty else { return [.word(mailbox.address + comma)] }
        return phrase(name) + [.word("<" + mailbox.address + ">" + comma)]
    }

    /// A display name as pieces: its words when each is RFC 5322 `atext`; one quoted string when
    /// it is short printable ASCII with punctuation (`"Smith, J."`, with `\` before `"` and `\`);
    /// otherwise its plain words as they are and each run of other words as encoded-words
    /// (`Ana =?UTF-8?B?UMOpcmV6?=`). A word holding `=?` is always encoded, so no reader mistakes
    /// it for an encoded-word.
    static func phrase(_ name: String) -> [HeaderField.Piece] {
        let words = name.split(separator: " ")
        let isAtom = { (word: Substring) in
            word.utf8.allSatisfy(MailRequest.isAtext) && !word.contains("=?") && word.count <= maximumPlainWord
        }
        if words.allSatisfy(isAtom) { return words.map { .word(String($0)) } }
        if name.utf8.allSatisfy({ (32...126).contains($0) }) && !name.contains("=?") {
            var quoted = "\""
            for character in name {
                if character == "\"" || character == "\\" { quoted += "\\" }
                quoted.append(character)
            }
            quoted += "\""
            if quoted.count <= quotedNameLimit { return [.word(quoted)] }
        }
        return mixed(words, isPlain: isAtom)
    }

    /// An unstructured value (the subject): its plain words — printable ASCII, no `=?`, none
    /// longer than a line — as they are, and each run of other words as encoded-words.
    static func unstructured(_ text: String) -> [HeaderField.Piece] {
        mixed(text.split(separator: " ")) { word in
            word.utf8.allSatisfy { (33...126).contains($0) } && !word.contains("=?") && word.count <= maximumPlainWord
        }
    }

    /// The longest word written as it is; a longer one is encoded, so that it folds.
    static let maximumPlainWord = HeaderField.lineLength - "Subject: ".count

    /// `words` as pieces: each that `isPlain` accepts as a `.word`, each run of the others, with
    /// the single spaces between them, as one `.text`. Between a word and an encoded-word the
    /// space is kept by every reader; within a run it is encoded, since readers drop the space
    /// between two encoded-words.
    static func mixed(_ words: [Substring], isPlain: (Substring) -> Bool) -> [HeaderField.Piece] {
        var pieces: [HeaderField.Piece] = []
        var run: [Substring] = []
        for word in words {
            if isPlain(word) {
                if !run.isEmpty { pieces.append(.text(run.joined(separator: " "))) }
                run = []
                pieces.append(.word(String(word)))
            } else {
                run.append(word)
            }
        }
        if !run.isEmpty { pieces.append(.text(run.joined(separator: " "))) }
        return pieces
    }
}
