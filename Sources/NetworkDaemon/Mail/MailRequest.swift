import AdminProtocol

/// What `networkd-document message` reads on its standard input: the template, its context,
/// the envelope's headers and the files to attach. It writes the whole RFC 5322 message.
struct MailRequest: Codable, Sendable {
    /// A name and an address: `From`, `To`, `Reply-To`.
    struct Mailbox: Codable, Sendable, Hashable {
        var name: String
        var address: String
    }

    /// A file to attach.
    struct Attachment: Codable, Sendable, Hashable {
        var filename: String
        var contentType: String
        var path: String
    }

    /// The message's templates: `mail/<template>.subject|text|html.mustache`.
    var template: String
    /// The templates' context.
    var context: JSONValue
    var from: Mailbox
    var to: [Mailbox]
    var replyTo: Mailbox?
    /// Without angle brackets: `outbox-42.ccin@networkd`.
    var messageId: String
    /// RFC 3339, UTC.
    var date: String
    /// Extra headers (`Auto-Submitted`).
    var headers: [String: String]
    var attachments: [Attachment]
}
