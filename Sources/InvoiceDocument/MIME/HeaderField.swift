/// One header field, folded: `Name: value` in lines of at most 78 characters where the value has
/// room to fold, each continuation line starting with one space.
///
/// A value is a list of `Piece`s that the field writes separated by single spaces; it folds only
/// at those spaces (RFC 5322 §2.2.3: a line break goes before white space, so unfolding gives the
/// value back). A `.word` is never split, so one longer than a line stays whole on a line of its
/// own; a `.text` becomes one encoded-word, on the next line if this one lacks room, or — when
/// one word cannot hold it — encoded-words sized to the room left on each line; a line that holds
/// one is kept to 76 characters, as RFC 2047 asks.
///
/// Guarantees: the result holds no CR, and LF only as `\n ` folds and the final newline — the
/// pieces are made by callers that refuse or encode CR and LF (`MailMessage`), and this type
/// checks it again, so no piece can start a header of its own.
struct HeaderField: Sendable, Hashable {
    /// A part of the value, between two foldable spaces.
    enum Piece: Sendable, Hashable {
        /// Text written as it is: an atom, an `<address>,`, a `name="value";` parameter.
        case word(String)
        /// Text of any script, written as RFC 2047 encoded-words.
        case text(String)
    }

    /// The line length folding aims for (RFC 5322 §2.1.1's "SHOULD").
    static let lineLength = 78
    /// The line length with an encoded-word on it (RFC 2047 §2).
    static let encodedLineLength = 76

    /// The field name: `Subject`, `Content-Type`, an extra header's name.
    var name: String
    /// The value's pieces, in order.
    var pieces: [Piece]

    /// The field `name` with `pieces`.
    init(_ name: String, _ pieces: [Piece]) {
        self.name = name
        self.pieces = pieces
    }

    /// The field `name` with the single word `value` (a date, an id, `1.0`).
    init(_ name: String, word value: String) {
        self.init(name, [.word(value)])
    }

    /// The folded field, ending with LF.
    var rendered: String {
        var lines: [String] = []
        var line = name + ":"
        var lineHasValue = false
        var lineHasEncodedWord = false
        func startLine() {
            lines.append(line)
            line = ""
            lineHasEncodedWord = false
        }
        for piece in pieces {
            switch piece {
            case .word(let word):
                precondition(!word.utf8.contains { $0 == 10 || $0 == 13 }, "a header word holds a line break")
                let limit = lineHasEncodedWord ? Self.encodedLineLength : Self.lineLength
                if lineHasValue && line.count + 1 + word.count > limit { startLine() }
                line += " " + word
                lineHasValue = true
            case .text(let text):
                var rest = Substring(text).unicodeScalars
                // A text that one word holds is never split: a reader that keeps the space
                // between two encoded-words (Python's address parser does) would show it.
                let wholeLength = EncodedWord.prefix.count + EncodedWord.suffix.count
                    + Base64.encodedLength(ofByteCount: text.utf8.count)
                if lineHasValue && wholeLength <= EncodedWord.maximumLength && line.count + 1 + wholeLength > Self.encodedLineLength {
                    startLine()
                }
                while !rest.isEmpty {
                    if lineHasValue && Self.encodedLineLength - line.count - 1 < EncodedWord.minimumLength { startLine() }
                    let room = max(Self.encodedLineLength - line.count - 1, EncodedWord.minimumLength)
                    let (word, consumed) = EncodedWord.word(from: rest, fitting: room)
                    line += " " + word
                    lineHasValue = true
                    lineHasEncodedWord = true
                    rest = rest.dropFirst(consumed)
                }
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n") + "\n"
    }
}
