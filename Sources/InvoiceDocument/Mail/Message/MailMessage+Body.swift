extension MailMessage {
    /// The `multipart/alternative` entity, headers included: the text part, then the HTML part
    /// (readers show the last they can), closed by its delimiter and a newline.
    static func alternative(text: String, html: String, boundary: MIMEBoundary) -> String {
        multipartHeader("alternative", boundary: boundary) + "\n"
            + boundary.delimiter + "\n" + textPart("plain", text) + "\n"
            + boundary.delimiter + "\n" + textPart("html", html) + "\n"
            + boundary.closeDelimiter
    }

    /// The `Content-Type` of a multipart entity with `boundary` (quoted: it holds `=`).
    static func multipartHeader(_ subtype: String, boundary: MIMEBoundary) -> String {
        HeaderField("Content-Type", [.word("multipart/\(subtype);")] + MIMEParameter.pieces("boundary", boundary.value, isLast: true))
            .rendered
    }

    /// A UTF-8 text part of `subtype`, its headers and its quoted-printable body. The body is
    /// followed directly by the next delimiter line's newline, so it ends exactly as `text` does.
    static func textPart(_ subtype: String, _ text: String) -> String {
        HeaderField("Content-Type", [.word("text/\(subtype);"), .word("charset=utf-8")]).rendered
            + HeaderField("Content-Transfer-Encoding", word: "quoted-printable").rendered
            + "\n" + QuotedPrintable.encode(text)
    }

    /// An attachment part: its type and name, `attachment` disposition and base64 body.
    static func attachmentPart(_ attachment: MailAttachment, bytes: [UInt8]) -> String {
        HeaderField("Content-Type", [.word(attachment.contentType.lowercased() + ";")]
                    + MIMEParameter.pieces("name", attachment.filename, isLast: true)).rendered
            + HeaderField("Content-Disposition", [.word("attachment;")]
                          + MIMEParameter.pieces("filename", attachment.filename, isLast: true)).rendered
            + HeaderField("Content-Transfer-Encoding", word: "base64").rendered
            + "\n" + Base64.encode(bytes)
    }
}
