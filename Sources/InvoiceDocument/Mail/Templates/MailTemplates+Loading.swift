import Mustache

#if canImport(Glibc)
import Glibc
#endif

extension MailTemplates {
    /// What the subject and text templates are parsed after: the pragma that turns HTML escaping
    /// off, alone on its line so that, being standalone, it leaves no trace in the output and
    /// changes no other tag's standalone-ness.
    static let plainTextPragma = "{{%CONTENT_TYPE: TEXT}}\n"

    /// `kind`'s `part`, from `directory/mail/…` when that file exists, else built in.
    ///
    /// - Throws: `.templateNotFound`, `.templateUnreadable` or `.templateInvalid` (see `init`).
    static func load(kind: String, part: MailTemplatePart, from directory: String?)
        throws(MailMessageError) -> (MustacheTemplate, InvoiceTemplates.Source)
    {
        let fileName = fileName(kind: kind, part: part)
        var path: String?
        if let directory {
            let file = directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
            path = file
            let text: String?
            do {
                text = try InvoiceTemplates.readFile(file)
            } catch {
                throw mailError(error)
            }
            if let text {
                return (try parse(text, part: part, source: .file(path: file)), .file(path: file))
            }
        }
        guard let builtIn = builtInText(kind: kind, part: part) else {
            throw .templateNotFound(kind: kind, part: part, path: path)
        }
        let source = InvoiceTemplates.Source.builtIn(fileName: fileName)
        return (try parse(builtIn, part: part, source: source), source)
    }

    /// `text` parsed for `part`: for HTML with the invoice templates' escaping check; otherwise
    /// checked as written (so errors point at the file's own lines), then parsed again after
    /// `plainTextPragma` for rendering.
    ///
    /// - Throws: `.templateInvalid` naming `source`, line and column.
    static func parse(_ text: String, part: MailTemplatePart, source: InvoiceTemplates.Source)
        throws(MailMessageError) -> MustacheTemplate
    {
        do {
            if part.isHTML { return try InvoiceTemplates.parse(text, source: source) }
            _ = try InvoiceTemplates.parseMustache(text, source: source)
            return try InvoiceTemplates.parseMustache(plainTextPragma + text, source: source)
        } catch {
            throw mailError(error)
        }
    }

    /// The kinds the template directory adds to the built-in ones: every `<kind>` with a
    /// `mail/<kind>.subject.mustache` there that is a valid template name and not built in,
    /// sorted. An unreadable or missing folder adds none.
    public static func extraKinds(in directory: String) -> [String] {
        let folder = (directory.hasSuffix("/") ? directory : directory + "/") + folderName
        guard let stream = opendir(folder) else { return [] }
        defer { closedir(stream) }
        let suffix = "." + MailTemplatePart.subject.rawValue + ".mustache"
        var kinds: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name.hasSuffix(suffix) else { continue }
            let kind = String(name.dropLast(suffix.count))
            guard (try? MailRequest.checkTemplateName(kind)) != nil, !builtInKinds.contains(kind) else { continue }
            kinds.append(kind)
        }
        return kinds.sorted()
    }

    /// An invoice-template error, which the shared loading code throws, as the mail error for the
    /// same file.
    static func mailError(_ error: InvoiceDocumentError) -> MailMessageError {
        switch error {
        case .templateUnreadable(let path, let reason):
            .templateUnreadable(path: path, reason: reason)
        case .templateInvalid(let source, let line, let column, let problem, let excerpt):
            .templateInvalid(source: source, line: line, column: column, problem: problem, excerpt: excerpt)
        case .snapshotInvalid(let field, _):
            .requestInvalid(field: field, problem: "cannot be shown")
        }
    }
}
