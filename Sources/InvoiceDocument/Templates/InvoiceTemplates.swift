import Mustache
import NetworkCore

/// The two Mustache templates an issued document is rendered with — `invoice.mustache` and
/// `credit-note.mustache` — parsed once, and the HTML they make of an `InvoiceSnapshot`.
///
/// Each template is the built-in one (`BuiltInTemplates`, compiled into the binary) unless the
/// template directory holds a file of that name, which then replaces it whole. The directory is
/// read when the value is made — once per `networkd-document` run — and both templates are parsed
/// then, whichever is used: the daemon runs that check before an invoice or credit note keeps its
/// number, so a broken file stops the issue (nothing is numbered) rather than a document later.
///
/// Guarantees:
/// - Every value a template shows is HTML-escaped: the context holds only text (see
///   `InvoiceDocumentContext`), and a template that could bypass escaping — `{{{ }}}`, `{{& }}`,
///   a `{{% }}` pragma such as `CONTENT_TYPE: TEXT`, or a `{{= =}}` delimiter change — is refused
///   when loaded, built-in or override alike. So a payer called `<script>` stays text, and nothing
///   a member typed can add a tag (an image URL, an attachment) that WeasyPrint would fetch.
/// - Loading never traps: an unreadable or unparsable file is an `InvoiceDocumentError` naming
///   the file and, where the template library says, the line and column.
/// - Rendering is a pure function of the snapshot and the templates: no I/O, no clock; safe to
///   call from any thread, including the cooperative pool.
public struct InvoiceTemplates: Sendable {
    /// Where ops put override templates unless configured otherwise.
    public static let defaultDirectory = "/etc/networkd/templates"
    /// The file name of the invoice template, in the template directory.
    public static let invoiceFileName = "invoice.mustache"
    /// The file name of the credit-note template, in the template directory.
    public static let creditNoteFileName = "credit-note.mustache"

    /// Where a template came from.
    public enum Source: Sendable, Hashable, CustomStringConvertible {
        /// The one compiled into the renderer (`networkd-document`), by its file name.
        case builtIn(fileName: String)
        /// An override file, by its path.
        case file(path: String)

        /// `built-in invoice.mustache`, or the override's path.
        public var description: String {
            switch self {
            case .builtIn(let fileName): "built-in \(fileName)"
            case .file(let path): path
            }
        }
    }

    /// Where the invoice template came from.
    public let invoiceSource: Source
    /// Where the credit-note template came from.
    public let creditNoteSource: Source
    /// The parsed invoice template.
    let invoice: MustacheTemplate
    /// The parsed credit-note template.
    let creditNote: MustacheTemplate

    /// The templates, each from `directory` when it holds that file, else built in; with a `nil`
    /// directory, the built-in ones only.
    ///
    /// A directory that does not exist, or lacks one of the files, is not an error: that template
    /// is built in.
    ///
    /// - Throws: `InvoiceDocumentError.templateUnreadable(path:reason:)` when a file is there but
    ///   cannot be read as UTF-8 text; `.templateInvalid(source:line:column:problem:excerpt:)` when
    ///   one does not parse or uses unescaped output.
    public init(directory: String? = InvoiceTemplates.defaultDirectory) throws(InvoiceDocumentError) {
        (invoice, invoiceSource) = try Self.load(Self.invoiceFileName, builtIn: BuiltInTemplates.invoice, from: directory)
        (creditNote, creditNoteSource) = try Self.load(Self.creditNoteFileName, builtIn: BuiltInTemplates.creditNote,
                                                       from: directory)
    }

    /// The text of the built-in template for `kind`: what an override starts from.
    public static func builtInText(for kind: InvoiceSnapshot.Kind) -> String {
        switch kind {
        case .invoice: BuiltInTemplates.invoice
        case .creditNote: BuiltInTemplates.creditNote
        }
    }

    /// The HTML document for `snapshot`: the invoice template for an invoice, the credit-note
    /// template for a credit note, over `InvoiceDocumentContext(snapshot)`.
    ///
    /// - Returns: a whole HTML document, UTF-8, ready for `PDFRenderer.render(html:)`.
    /// - Throws: `InvoiceDocumentError.snapshotInvalid` when the snapshot holds a currency code or a
    ///   date that cannot be written out.
    public func render(_ snapshot: InvoiceSnapshot) throws(InvoiceDocumentError) -> String {
        let context = try InvoiceDocumentContext(snapshot)
        return template(for: snapshot.kind).render(context)
    }

    /// The parsed template for `kind`.
    func template(for kind: InvoiceSnapshot.Kind) -> MustacheTemplate {
        switch kind {
        case .invoice: invoice
        case .creditNote: creditNote
        }
    }
}
