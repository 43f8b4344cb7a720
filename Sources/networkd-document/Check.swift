import ArgumentParser
import InvoiceDocument

/// `networkd-document check`: loads and parses both templates, as a render would.
///
/// Prints where each template came from (the override file, or `built-in`) on stdout; a template
/// that cannot be read or parsed is one line on stderr naming the file, line and column, and
/// exit status 65.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load and parse both templates (override or built-in); exit 65 naming the file if one cannot be used.",
        discussion: """
            Example:
              networkd-document check --templates /etc/networkd/templates
            """)

    @OptionGroup var options: TemplateOptions

    /// Loads the templates and reports their sources.
    ///
    /// - Throws: `ExitCode(65)` after the template error on stderr.
    func run() throws {
        do {
            let templates = try options.load()
            StandardStreams.writeOutput(Array("""
                \(InvoiceTemplates.invoiceFileName): \(templates.invoiceSource)
                \(InvoiceTemplates.creditNoteFileName): \(templates.creditNoteSource)

                """.utf8))
        } catch {
            throw error.reportedAsExit()
        }
    }
}
