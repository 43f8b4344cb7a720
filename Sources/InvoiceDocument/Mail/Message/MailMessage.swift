/// One e-mail, composed: RFC 5322 headers and a MIME body, as the bytes `sendmail -t -oi` reads.
///
/// The shape is fixed: `From`, `To`, `Reply-To` (when given), `Subject`, `Date`, `Message-ID`,
/// `MIME-Version` and the request's extra headers, then a `multipart/alternative` of the text and
/// the HTML (both UTF-8, quoted-printable) — wrapped, when there are attachments, in a
/// `multipart/mixed` that adds each file (base64, `Content-Disposition: attachment`).
///
/// Guarantees:
/// - Lines end with LF alone (local newlines, as `sendmail` expects; it writes CRLF to SMTP).
///   No line exceeds 998 characters; header lines fold under 78 where there is white space to
///   fold at, encoded-words under 76, and every body line is at most 76.
/// - Nothing from the request or the context can add a header: names and values are checked
///   (`MailRequest.validated()`), display names and the subject are made one line and written as
///   words or encoded-words, and the bodies are encoded.
/// - Non-ASCII text survives any relay: headers carry only ASCII (RFC 2047 and RFC 2231 where
///   needed), bodies are quoted-printable or base64.
/// - The same request, content and attachments always give the same bytes: the boundaries come
///   from the message id (`MIMEBoundary`), extra headers are written in name order.
public struct MailMessage: Sendable, Hashable {
    /// The whole message.
    public let text: String

    /// The whole message as UTF-8 bytes (all ASCII), for `sendmail`'s standard input.
    public var bytes: [UInt8] { Array(text.utf8) }

    /// The message for `request` showing `content`, with `attachmentContents[i]` as the bytes of
    /// `request.attachments[i]`.
    ///
    /// - Precondition: there are as many contents as the request has attachments.
    /// - Throws: `MailMessageError.requestInvalid(field:problem:)` for a request value that fails
    ///   `MailRequest.validated()`.
    public init(request: MailRequest, content: MailContent, attachmentContents: [[UInt8]]) throws(MailMessageError) {
        let request = try request.validated()
        let attachments = request.attachments ?? []
        precondition(attachments.count == attachmentContents.count, "one content for each attachment")
        var message = try Self.headers(of: request, subject: content.subject)
        let alternative = MIMEBoundary(messageID: request.messageId, role: .alternative)
        let alternativeBody = Self.alternative(text: content.text, html: content.html, boundary: alternative)
        if attachments.isEmpty {
            message += alternativeBody + "\n"
        } else {
            let mixed = MIMEBoundary(messageID: request.messageId, role: .mixed)
            message += Self.multipartHeader("mixed", boundary: mixed) + "\n"
            message += Self.preamble
            message += mixed.delimiter + "\n" + alternativeBody + "\n"
            for (attachment, bytes) in zip(attachments, attachmentContents) {
                message += mixed.delimiter + "\n" + Self.attachmentPart(attachment, bytes: bytes) + "\n"
            }
            message += mixed.closeDelimiter + "\n"
        }
        text = message
    }

    /// The message for `request`, from start to end: its templates loaded from
    /// `templateDirectory` (or built in), rendered over its context, its attachments read.
    ///
    /// The request is checked first, then the templates, then the files, so the error is the
    /// first of those that fails.
    ///
    /// - Throws: `.requestInvalid` (see `MailRequest.validated()`); the template errors of
    ///   `MailTemplates.init(kind:directory:)`; `.attachmentUnreadable` for a file that cannot be
    ///   read; `.attachmentsTooLarge` past `maximumAttachmentBytes` in all.
    public static func compose(_ request: MailRequest, templateDirectory: String?) throws(MailMessageError) -> MailMessage {
        let request = try request.validated()
        let templates = try MailTemplates(kind: request.template, directory: templateDirectory)
        let content = templates.render(request.context)
        var contents: [[UInt8]] = []
        var total = 0
        for (index, attachment) in (request.attachments ?? []).enumerated() {
            let bytes = try attachment.contents(index: index, limit: maximumAttachmentBytes - total)
            total += bytes.count
            contents.append(bytes)
        }
        return try MailMessage(request: request, content: content, attachmentContents: contents)
    }

    /// The most a message's attachments may add up to: 20 MiB, which base64 makes about 27 MiB —
    /// as much as common relays accept, more than any invoice PDF needs.
    public static let maximumAttachmentBytes = 20 * 1024 * 1024

    /// The text before a `multipart/mixed` body's first part, for readers that show the raw
    /// message.
    static let preamble = "This is a multi-part message in MIME format.\n\n"
}
