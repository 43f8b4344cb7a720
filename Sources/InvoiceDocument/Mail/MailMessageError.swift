/// Why an e-mail could not be composed: a request value the message cannot carry, a template that
/// is missing, unreadable or invalid, or an attachment that cannot be read.
///
/// Each case names what to fix — the request's field (`to[1].address`), the template file and
/// line, the attachment's path — and never the value itself, so `description` may be logged
/// without writing a member's address or the message's text into the log.
public enum MailMessageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The request's `field` (a JSON path: `to[0].address`, `headers.X-Bad Name`) holds a value
    /// the message cannot carry; `problem` says why, starting with a verb ("is not an e-mail
    /// address: it holds a space").
    case requestInvalid(field: String, problem: String)
    /// No template `kind` is built in, and the template directory has no file for its `part`:
    /// `path` is where it was looked for (`nil` when no directory was given).
    case templateNotFound(kind: String, part: MailTemplatePart, path: String?)
    /// The override template at `path` exists but cannot be read (permissions, a directory, not
    /// UTF-8, too large); `reason` is the system's word for it.
    case templateUnreadable(path: String, reason: String)
    /// The template from `source` (a path, or `built-in mail/reminder.html.mustache`) is not valid
    /// Mustache, or is an HTML template with a tag that could bypass escaping. `line` and `column`
    /// are 1-based, where the parser stopped; `excerpt` is that line's text.
    case templateInvalid(source: String, line: Int?, column: Int?, problem: String, excerpt: String?)
    /// The file of `attachments[index]` at `path` cannot be read; `reason` is the system's word.
    case attachmentUnreadable(index: Int, path: String, reason: String)
    /// The attachments add up to more than `limit` bytes, more than a message should carry.
    case attachmentsTooLarge(limit: Int)

    /// One line naming the field, file (and line) or attachment, for logs and the renderer's
    /// standard error.
    public var description: String {
        switch self {
        case .requestInvalid(let field, let problem):
            return "the mail request's \(field) \(problem)"
        case .templateNotFound(let kind, let part, let path):
            let looked = path.map { ", and there is no \($0)" } ?? " (and no template directory was given)"
            return "no mail template \"\(kind)\" for its \(part.rawValue): it is not built in\(looked)"
        case .templateUnreadable(let path, let reason):
            return "cannot read mail template \(path): \(reason)"
        case .templateInvalid(let source, let line, let column, let problem, let excerpt):
            let place = switch (line, column) {
            case (let line?, let column?): "\(source):\(line):\(column)"
            case (let line?, nil): "\(source):\(line)"
            case (nil, _): source
            }
            let near = excerpt.map { " near \"\($0)\"" } ?? ""
            return "mail template \(place) cannot be used: \(problem)\(near)"
        case .attachmentUnreadable(let index, let path, let reason):
            return "cannot read attachments[\(index)] \(path): \(reason)"
        case .attachmentsTooLarge(let limit):
            return "the attachments add up to more than \(limit / 1024 / 1024) MiB"
        }
    }
}
