/// RFC 2047 encoded-words (`=?UTF-8?B?…?=`): how a display name or subject with non-ASCII text,
/// or text that would otherwise be misread, is written in a header.
///
/// Guarantees: each word is at most `maximumLength` (75) characters, as RFC 2047 §2 requires, and
/// holds whole Unicode scalars (a character's UTF-8 bytes are never split across two words, §5),
/// so the words decode one by one and, joined, give back exactly the text; the words hold only
/// ASCII letters, digits, `+ / = ?`, never white space, a CR or an LF.
enum EncodedWord {
    /// RFC 2047's limit on one encoded-word.
    static let maximumLength = 75
    /// What every word starts with: UTF-8, base64 ("B") encoding.
    static let prefix = "=?UTF-8?B?"
    /// What every word ends with.
    static let suffix = "?="
    /// The shortest length a word is ever made to fit: its frame and two base64 quads, which hold
    /// any one scalar (at most four UTF-8 bytes).
    static let minimumLength = prefix.count + suffix.count + 8

    /// The longest stretch of `scalars`, from its start, whose word fits in `length`
    /// characters (at least one scalar, since any one fits in `minimumLength`), as that word and
    /// the number of scalars it holds.
    ///
    /// - Precondition: `scalars` is not empty and `length` is at least `minimumLength`.
    static func word(from scalars: Substring.UnicodeScalarView, fitting length: Int) -> (word: String, consumed: Int) {
        precondition(!scalars.isEmpty && length >= minimumLength)
        let payload = (min(length, maximumLength) - prefix.count - suffix.count) / 4 * 3
        var bytes: [UInt8] = []
        var consumed = 0
        for scalar in scalars {
            let utf8 = Array(String(scalar).utf8)
            guard bytes.count + utf8.count <= payload || consumed == 0 else { break }
            bytes.append(contentsOf: utf8)
            consumed += 1
        }
        return (prefix + Base64.encode(bytes, lineLength: nil) + suffix, consumed)
    }

    /// `text` as encoded-words of at most `maximumLength` characters each, in order.
    static func words(_ text: String) -> [String] {
        var rest = Substring(text).unicodeScalars
        var words: [String] = []
        while !rest.isEmpty {
            let (word, consumed) = word(from: rest, fitting: maximumLength)
            words.append(word)
            rest = rest.dropFirst(consumed)
        }
        return words
    }
}
