/// Why an invoice or credit note could not be turned into HTML: a template that cannot be read or
/// parsed (named by its file and, where the template library says, its line), or a snapshot whose
/// stored text cannot be shown as written.
///
/// Every case names what an operator needs to fix it; nothing here holds the snapshot's amounts or
/// the payer's details, so `description` may be logged as it is.
public enum InvoiceDocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The override template at `path` exists but cannot be read (permissions, a directory, not
    /// UTF-8); `reason` is the system's word for it.
    case templateUnreadable(path: String, reason: String)
    /// The template from `source` (a path, or `built-in invoice.mustache`) is not valid Mustache,
    /// or uses a tag that could bypass HTML escaping (see `InvoiceTemplates`).
    /// `line` and `column` are 1-based and point where the parser stopped (for an unclosed
    /// section that is the end of the file); `excerpt` is that line's text.
    case templateInvalid(source: String, line: Int?, column: Int?, problem: String, excerpt: String?)
    /// The snapshot's `field` holds `value`, which the document cannot show (a date not
    /// `YYYY-MM-DD`, a currency code that is not three capital letters).
    case snapshotInvalid(field: String, value: String)

    /// One line naming the file (and line) or the field, for logs and `networkctl` output.
    public var description: String {
        switch self {
        case .templateUnreadable(let path, let reason):
            return "cannot read invoice template \(path): \(reason)"
        case .templateInvalid(let source, let line, let column, let problem, let excerpt):
            let place = switch (line, column) {
            case (let line?, let column?): "\(source):\(line):\(column)"
            case (let line?, nil): "\(source):\(line)"
            case (nil, _): source
            }
            let near = excerpt.map { " near \"\($0)\"" } ?? ""
            return "invoice template \(place) cannot be used: \(problem)\(near)"
        case .snapshotInvalid(let field, let value):
            return "the invoice snapshot's \(field) \"\(value)\" cannot be shown"
        }
    }
}
