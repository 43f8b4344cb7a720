import Mustache
import NetworkCore

extension InvoiceTemplates {
    /// The template `fileName`: parsed from `directory/fileName` when that file exists, else from
    /// `builtIn`.
    ///
    /// - Throws: `.templateUnreadable` for a file that exists but cannot be read as UTF-8;
    ///   `.templateInvalid` when the chosen text does not parse or could bypass escaping.
    static func load(_ fileName: String, builtIn: String, from directory: String?)
        throws(InvoiceDocumentError) -> (MustacheTemplate, Source)
    {
        if let directory {
            let path = directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
            if let text = try readFile(path) {
                return (try parse(text, source: .file(path: path)), .file(path: path))
            }
        }
        let source = Source.builtIn(fileName: fileName)
        return (try parse(builtIn, source: source), source)
    }

    /// The whole of the file at `path` as UTF-8 text, or `nil` when there is no such file (or no
    /// such directory).
    ///
    /// - Throws: `.templateUnreadable(path:reason:)` with the system's reason (permission denied,
    ///   is a directory, …), or `not UTF-8 text`.
    static func readFile(_ path: String) throws(InvoiceDocumentError) -> String? {
        let bytes: [UInt8]
        do {
            bytes = try FileContents.read(path, limit: maximumTemplateBytes)
        } catch {
            switch error {
            case .missing: return nil
            case .unreadable(let reason): throw .templateUnreadable(path: path, reason: reason)
            case .tooLarge: throw .templateUnreadable(path: path, reason: "larger than \(maximumTemplateBytes / 1024) KiB")
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .templateUnreadable(path: path, reason: "not UTF-8 text")
        }
        return text
    }

    /// The largest template file read: far beyond any real invoice layout, small enough that a
    /// mistaken path (a log, a disk image) is refused rather than read.
    static let maximumTemplateBytes = 1024 * 1024

    /// `text` parsed as Mustache, after checking it cannot bypass HTML escaping.
    ///
    /// - Throws: `.templateInvalid` with the line and column the library (or the escaping check)
    ///   points at.
    static func parse(_ text: String, source: Source) throws(InvoiceDocumentError) -> MustacheTemplate {
        try requireEscapedOutput(text, source: source)
        return try parseMustache(text, source: source)
    }

    /// `text` parsed as Mustache, as it is (no escaping check: for templates whose output is not
    /// HTML).
    ///
    /// - Throws: `.templateInvalid` with the line and column the library points at.
    static func parseMustache(_ text: String, source: Source) throws(InvoiceDocumentError) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw .templateInvalid(source: source.description, line: error.context.lineNumber,
                                   column: error.context.columnNumber, problem: problem(error.error),
                                   excerpt: excerpt(error.context.line))
        } catch {
            throw .templateInvalid(source: source.description, line: nil, column: nil, problem: "\(error)", excerpt: nil)
        }
    }

    /// The tag openings that would let a value through unescaped or change how tags are read:
    /// triple braces, `&`, a pragma (`{{%CONTENT_TYPE: TEXT}}` turns escaping off) and a delimiter
    /// change (after which `{{` no longer marks every tag, so this check could not see them).
    static let refusedOpenings: [(opening: String, what: String)] = [
        ("{{{", "unescaped output {{{…}}}"),
        ("{{&", "unescaped output {{&…}}"),
        ("{{%", "a pragma {{%…}}"),
        ("{{=", "a delimiter change {{=…=}}"),
    ]

    /// - Throws: `.templateInvalid` at the first tag in `refusedOpenings`.
    static func requireEscapedOutput(_ text: String, source: Source) throws(InvoiceDocumentError) {
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for (opening, what) in refusedOpenings {
                guard let range = line.firstRange(of: opening) else { continue }
                let column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
                throw .templateInvalid(source: source.description, line: number + 1, column: column,
                                       problem: "\(what) is not allowed: every value must be HTML-escaped, so use {{…}}",
                                       excerpt: excerpt(line))
            }
        }
    }

    /// The library's parse error in words.
    static func problem(_ error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "a section is closed with a name other than the one it was opened with"
        case .unfinishedName: "a tag is not closed with }}"
        case .expectedSectionEnd: "a section is opened ({{#…}} or {{^…}}) but never closed ({{/…}})"
        case .invalidSetDelimiter: "a delimiter change is badly formed"
        case .transformAppliedToInheritanceSection: "a transform is applied to an inheritance section"
        case .illegalTokenInsideInheritSection: "an inherited partial holds something other than blocks"
        case .textInsideInheritSection: "an inherited partial holds text outside its blocks"
        case .invalidConfigVariableSyntax: "a {{%…}} tag is badly formed"
        case .unrecognisedConfigVariable: "a {{%…}} tag names an unknown setting"
        case nil: "\(error)"
        }
    }

    /// A line of a template, trimmed and cut to a length a log line can carry.
    static func excerpt(_ line: some StringProtocol) -> String {
        let trimmed = String(line).trimmingWhitespace()
        return trimmed.count > 80 ? String(trimmed.prefix(77)) + "..." : trimmed
    }
}
