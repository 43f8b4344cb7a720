/// What a message kind's templates made of one context: the subject line and the two bodies,
/// before any MIME encoding.
public struct MailContent: Sendable, Hashable {
    /// The subject, one line: no line breaks, no runs of white space, trimmed.
    public var subject: String
    /// The plain-text body.
    public var text: String
    /// The HTML body.
    public var html: String

    /// The content made of `subject`, `text` and `html`. The subject is made one line here, so a
    /// value with a line break can never start a header of its own.
    public init(subject: String, text: String, html: String) {
        self.subject = Self.oneLine(subject)
        self.text = text
        self.html = html
    }

    /// `text` with every run of white space or control characters (CR, LF, tab, …) made one space,
    /// and none at either end.
    public static func oneLine(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                result.unicodeScalars.append(scalar)
                pendingSpace = false
            }
        }
        return result
    }
}
