import Mustache

/// The three Mustache templates of one message kind — subject, plain text and HTML — parsed
/// once, and the `MailContent` they make of a request's context.
///
/// Each part is read from `<directory>/mail/<kind>.<part>.mustache` when that file exists, else it
/// is the built-in one (`BuiltInMailTemplates`); a kind that is not built in needs all three
/// files. The rules are the invoice templates' (`InvoiceTemplates`): the same file reading, the
/// same errors naming the file, line and column, and the same refusal of `{{{ }}}`, `{{& }}`,
/// `{{% }}` and `{{= =}}` in the HTML part, whose values are all HTML-escaped. The subject and
/// text parts are rendered with escaping off (as `{{%CONTENT_TYPE: TEXT}}` does), so
/// `Tom & Jerry's` reads as written; they may use any Mustache.
///
/// Guarantees:
/// - Loading never traps: a missing, unreadable or unparsable template is a `MailMessageError`.
/// - Rendering is a pure function of the context and the templates: no I/O, no clock.
/// - The subject comes back as one line (`MailContent.oneLine`), whatever the context holds.
public struct MailTemplates: Sendable {
    /// The message kinds built into the renderer, in the order `check` lists them.
    public static let builtInKinds = ["invoice-issued", "po-requested", "reminder", "lapse-notice", "reinstatement"]
    /// The folder of the template directory that holds the mail templates.
    public static let folderName = "mail"

    /// The kind these templates are for: `reminder`.
    public let kind: String
    /// Where each part came from.
    public let sources: [MailTemplatePart: InvoiceTemplates.Source]
    /// The parsed templates, by part; the subject and text ones start with the plain-text pragma.
    let templates: [MailTemplatePart: MustacheTemplate]

    /// The templates of `kind`, each from `directory` when it holds that part's file, else built
    /// in; with a `nil` directory, the built-in ones only.
    ///
    /// - Throws: `MailMessageError.requestInvalid(field: "template", …)` when `kind` is not a
    ///   template name; `.templateNotFound` when a part is neither in the directory nor built in;
    ///   `.templateUnreadable` for a file that exists but cannot be read as UTF-8;
    ///   `.templateInvalid` for one that does not parse, or an HTML one that could skip escaping.
    public init(kind: String, directory: String?) throws(MailMessageError) {
        try MailRequest.checkTemplateName(kind)
        self.kind = kind
        var sources: [MailTemplatePart: InvoiceTemplates.Source] = [:]
        var templates: [MailTemplatePart: MustacheTemplate] = [:]
        for part in MailTemplatePart.allCases {
            (templates[part], sources[part]) = try Self.load(kind: kind, part: part, from: directory)
        }
        self.sources = sources
        self.templates = templates
    }

    /// `mail/<kind>.<part>.mustache`: the part's file name within the template directory.
    public static func fileName(kind: String, part: MailTemplatePart) -> String {
        "\(folderName)/\(kind).\(part.rawValue).mustache"
    }

    /// The text of the built-in template for `kind`'s `part` (what an override starts from), or
    /// `nil` when `kind` is not built in.
    public static func builtInText(kind: String, part: MailTemplatePart) -> String? {
        BuiltInMailTemplates.text(kind: kind, part: part)
    }

    /// The subject and bodies for `context` (a JSON object; `nil` is an empty one), with the
    /// reminder-step flags added (see `MailContextValue.withReminderSteps()`).
    public func render(_ context: MailContextValue?) -> MailContent {
        let value = (context ?? .object([:])).withReminderSteps().mustacheValue
        func rendered(_ part: MailTemplatePart) -> String { templates[part]?.render(value) ?? "" }
        return MailContent(subject: rendered(.subject), text: rendered(.text), html: rendered(.html))
    }
}
