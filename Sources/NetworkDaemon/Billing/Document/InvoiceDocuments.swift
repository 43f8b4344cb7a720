import NetworkCore
import Synchronization

/// The invoice and credit-note documents, made by `networkd-document` — a process of its own, so
/// that the daemon never links the template library or the full Foundation it needs (about
/// 6 MiB resident).
///
/// Guarantees:
/// - `check(_:)` returns only when the templates as they are on disk render the snapshot; it is
///   what issuing calls before an invoice or credit note keeps its number, so a broken override
///   template stops the issue (rolled back, number and all) with a message naming the file.
/// - To keep issuing fast, a check that finds both override files byte for byte as they were at
///   the last successful check (with the same renderer and directory) does not spawn the renderer.
/// - Every failure is a `NetworkError.unavailable` whose message says what failed and how to
///   fix it; the renderer is killed and reaped first (see `ChildProcess`).
/// - The settings are read on every call, so a reload that changes `templates`,
///   `document_renderer`, `weasyprint` or `pdf_timeout` applies to the next document.
///
/// - Important: every call blocks the calling thread while the renderer runs (milliseconds for
///   HTML, seconds for a PDF). Call it where the store's blocking calls run — inside a handler
///   body, on the pool's threads — never on the cooperative pool or an event loop.
public final class InvoiceDocuments: Sendable {
    /// The settings in force, read for every document.
    let settings: @Sendable () -> Settings
    /// The override files as they were at the last successful check, with the settings it ran
    /// under; `nil` until one succeeds.
    private let validated = Mutex<Validation?>(nil)

    /// What a successful check saw: the renderer, the directory and both files' bytes.
    struct Validation: Equatable {
        /// The renderer that rendered.
        var renderer: String
        /// The template directory it read.
        var directory: String
        /// The override files it read.
        var files: TemplateFiles
    }

    /// Documents made under whatever `settings` returns when each is asked for (the daemon
    /// passes the live configuration's).
    public init(settings: @escaping @Sendable () -> Settings) {
        self.settings = settings
    }

    /// Documents made under fixed `settings`.
    public convenience init(_ settings: Settings) {
        self.init { settings }
    }

    /// Checks that the templates render `snapshot`, before an invoice or credit note keeps its
    /// number: skipped when the override files are unchanged since the last success, else one
    /// HTML render whose output is discarded.
    ///
    /// - Throws: `NetworkError.unavailable` naming the template (and its line) that cannot be
    ///   used, or the renderer that cannot run, and saying that nothing was issued.
    public func check(_ snapshot: InvoiceSnapshot) throws(NetworkError) {
        let settings = settings()
        let before = TemplateFiles(directory: settings.templatesDirectory)
        let seen = Validation(renderer: settings.renderer, directory: settings.templatesDirectory, files: before)
        if before.isComparable && validated.withLock({ $0 == seen }) { return }
        _ = try render(snapshot, format: .html, settings: settings, purpose: .check)
        // Kept only when the files did not change while the renderer read them.
        if before.isComparable && TemplateFiles(directory: settings.templatesDirectory) == before {
            validated.withLock { $0 = seen }
        }
    }

    /// The HTML document of `snapshot`, from the templates as they are now.
    ///
    /// - Throws: `NetworkError.unavailable` when a template cannot be used or the renderer fails.
    public func html(_ snapshot: InvoiceSnapshot) throws(NetworkError) -> String {
        let bytes = try render(snapshot, format: .html, settings: settings(), purpose: .document)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw NetworkError.unavailable("the document of \(Self.describe(snapshot)) cannot be rendered: the renderer wrote HTML that is not UTF-8")
        }
        return text
    }

    /// The PDF of `snapshot`, made by WeasyPrint from the HTML document.
    ///
    /// - Returns: the PDF file's bytes (they start with `%PDF-`).
    /// - Throws: `NetworkError.unavailable` when a template cannot be used, WeasyPrint is
    ///   missing, fails or takes longer than `pdf_timeout`, or the renderer fails.
    public func pdf(_ snapshot: InvoiceSnapshot) throws(NetworkError) -> [UInt8] {
        let bytes = try render(snapshot, format: .pdf, settings: settings(), purpose: .document)
        guard bytes.starts(with: Array("%PDF-".utf8)) else {
            throw NetworkError.unavailable("the document of \(Self.describe(snapshot)) cannot be rendered: the renderer wrote no PDF")
        }
        return bytes
    }

    /// `invoice CCIN-2026-0001` or `credit note CCIN-CN-2026-0001`.
    static func describe(_ snapshot: InvoiceSnapshot) -> String {
        "\(snapshot.kind == .invoice ? "invoice" : "credit note") \(snapshot.number)"
    }
}
