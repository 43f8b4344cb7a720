/// What `networkd-document message` reads on its standard input: one e-mail to compose — which
/// templates, the values they show, who it is from and to, its identity and date, and the files
/// to attach.
///
/// This is the wire contract between the daemon's outbox and the renderer, in JSON:
///
/// ```json
/// {
///   "template": "invoice-issued",
///   "context": {"network": {"name": "Common Council Network"}, "invoice": {"number": "CCIN-2027-0001"}},
///   "from": {"name": "Common Council Network", "address": "accounts@ccin.example"},
///   "to": [{"name": "Ana Pérez", "address": "ana@council.example"}],
///   "replyTo": {"name": "CCIN accounts", "address": "accounts@ccin.example"},
///   "messageId": "outbox-42.ccin@networkd",
///   "date": "2027-09-01T09:00:00Z",
///   "headers": {"Auto-Submitted": "auto-generated"},
///   "attachments": [{"filename": "CCIN-2027-0001.pdf", "contentType": "application/pdf",
///                    "path": "/var/cache/networkd/outbox/42/CCIN-2027-0001.pdf"}]
/// }
/// ```
///
/// `replyTo`, `headers`, `attachments` and `context` may be left out (or `null`). Decoding checks
/// only the JSON's shape; `validated()` checks the values and `MailMessage` calls it, so a request
/// that decodes may still be refused, with the field named.
public struct MailRequest: Codable, Sendable, Hashable {
    /// The message kind, which names its three templates: `invoice-issued` reads
    /// `mail/invoice-issued.subject.mustache`, `….text.mustache` and `….html.mustache`. One of
    /// `MailTemplates.builtInKinds`, or any name the template directory provides (letters,
    /// digits, `-` and `_`).
    public var template: String
    /// The values the templates show, a JSON object (`{{invoice.number}}` reads
    /// `context.invoice.number`); `nil` is an empty object.
    public var context: MailContextValue?
    /// The `From:` mailbox.
    public var from: MailAddress
    /// The `To:` mailboxes, at least one; `sendmail -t` delivers to exactly these.
    public var to: [MailAddress]
    /// The `Reply-To:` mailbox, when replies should go elsewhere than `from`.
    public var replyTo: MailAddress?
    /// The Message-ID without its angle brackets: `outbox-42.ccin@networkd`. It also seeds the
    /// MIME boundaries, so one request always composes the same bytes.
    public var messageId: String
    /// When the message was written, RFC 3339: `2027-09-01T09:00:00Z`.
    public var date: String
    /// Further header fields, written after `MIME-Version` in name order: `Auto-Submitted`,
    /// `List-Id`, an `X-` header. Names that the message writes itself or that change where
    /// `sendmail -t` delivers (`To`, `Cc`, `Bcc`, `Content-*`, …) are refused.
    public var headers: [String: String]?
    /// Files to attach, in order, each read from its `path` when the message is composed.
    public var attachments: [MailAttachment]?

    /// A request with every field given.
    public init(template: String, context: MailContextValue? = nil, from: MailAddress, to: [MailAddress],
                replyTo: MailAddress? = nil, messageId: String, date: String, headers: [String: String]? = nil,
                attachments: [MailAttachment]? = nil) {
        self.template = template
        self.context = context
        self.from = from
        self.to = to
        self.replyTo = replyTo
        self.messageId = messageId
        self.date = date
        self.headers = headers
        self.attachments = attachments
    }
}
