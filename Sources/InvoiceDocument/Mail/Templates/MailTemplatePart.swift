/// The three templates of a message kind, each a file `mail/<kind>.<part>.mustache`.
public enum MailTemplatePart: String, Sendable, Hashable, CaseIterable {
    /// The `Subject:` line: rendered as plain text (nothing HTML-escaped), then made one line —
    /// every run of white space, line breaks included, becomes one space.
    case subject
    /// The `text/plain` part: plain text, nothing HTML-escaped.
    case text
    /// The `text/html` part: every `{{value}}` HTML-escaped, and tags that could bypass that
    /// refused, as in the invoice templates.
    case html

    /// Whether the part's output is HTML (so its values are escaped and its tags checked).
    public var isHTML: Bool { self == .html }
}
