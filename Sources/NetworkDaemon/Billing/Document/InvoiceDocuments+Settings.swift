#if canImport(Glibc)
import Glibc
#endif

extension InvoiceDocuments {
    /// What the documents are made with: the configuration's `document_renderer`, `templates`,
    /// `weasyprint` and `pdf_timeout`.
    public struct Settings: Sendable, Hashable {
        /// The `networkd-document` executable (an absolute path; no `PATH` search).
        public var renderer: String
        /// The folder that may hold `invoice.mustache` and `credit-note.mustache`.
        public var templatesDirectory: String
        /// The WeasyPrint executable the renderer runs for a PDF.
        public var weasyprint: String
        /// How long WeasyPrint may take over one PDF.
        public var pdfTimeLimit: Duration

        /// Settings naming each part.
        public init(renderer: String, templatesDirectory: String, weasyprint: String, pdfTimeLimit: Duration) {
            self.renderer = renderer
            self.templatesDirectory = templatesDirectory
            self.weasyprint = weasyprint
            self.pdfTimeLimit = pdfTimeLimit
        }

        /// The settings `configuration` holds; an unset `document_renderer` is
        /// `defaultRenderer`.
        public init(_ configuration: DaemonConfiguration) {
            self.init(renderer: configuration.documentRenderer ?? Self.defaultRenderer,
                      templatesDirectory: configuration.templatesDirectory, weasyprint: configuration.weasyprint,
                      pdfTimeLimit: .seconds(configuration.pdfTimeoutSeconds))
        }

        /// Where the package installs the renderer (`deploy/install`, prefix `/usr`).
        public static let installedRenderer = "/usr/lib/networkd/networkd-document"

        /// The renderer used when `document_renderer` is not set, found once: `networkd-document`
        /// beside the running executable (a build folder, where tests and `swift run` find it),
        /// else `<dir of the executable>/../lib/networkd/networkd-document` (an install under
        /// any prefix), else `installedRenderer`.
        public static let defaultRenderer = locateRenderer(executable: MigrationsLocator.executablePath())

        /// The renderer for a daemon running as `executable`: the first of the candidates
        /// `defaultRenderer` names that is an executable file.
        public static func locateRenderer(executable: String?) -> String {
            if let executable {
                let directory = SimplePath(executable).deletingLastComponent
                for candidate in [directory + "/networkd-document", directory + "/../lib/networkd/networkd-document"]
                where access(candidate, X_OK) == 0 {
                    return candidate
                }
            }
            return installedRenderer
        }
    }
}
