/// The boundary strings of a message's multipart bodies, derived from its Message-ID so that the
/// same request always composes the same bytes.
///
/// Every boundary is `=_networkd_` + 16 hex digits (FNV-1a of the message id) + `_` + the part's
/// role (`mixed`, `alt`). RFC 2046 asks that a boundary occur in none of the encapsulated parts;
/// here that holds by construction, not by chance:
/// - every body part is quoted-printable or base64, and neither can produce `=_` (QP writes `=`
///   only before two hex digits or a line's end; base64's `=` only pads the end, and `_` is not in
///   its alphabet), while every boundary starts with it;
/// - part headers are made by `MailMessage`: each line starts with a field name or a folding
///   space, never with `--`;
/// - the two boundaries of one message differ after their common stem and neither is a prefix of
///   the other, so a reader cannot take the inner one for the outer.
struct MIMEBoundary: Sendable, Hashable {
    /// What a multipart body is for, which ends its boundary.
    enum Role: String, Sendable {
        /// The `multipart/mixed` that carries the attachments.
        case mixed
        /// The `multipart/alternative` of the text and HTML parts.
        case alternative = "alt"
    }

    /// The boundary, without the leading `--` of its delimiter lines (at most 35 characters,
    /// under RFC 2046's 70).
    let value: String

    /// The boundary for the body with `role` in the message `messageID`.
    init(messageID: String, role: Role) {
        value = "=_networkd_" + Self.hash(messageID) + "_" + role.rawValue
    }

    /// The line that opens each part: `--boundary`.
    var delimiter: String { "--" + value }
    /// The line that ends the body: `--boundary--`.
    var closeDelimiter: String { "--" + value + "--" }

    /// 64-bit FNV-1a of `text`'s UTF-8, as 16 lower-case hex digits: short, stable across runs
    /// and platforms (unlike `Hasher`), and distinct for distinct ids in practice — though
    /// nothing relies on that.
    static func hash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
