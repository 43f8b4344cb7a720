import ArgumentParser
import InvoiceDocument

/// `networkd-document check`: loads and parses every template, as a render would — the invoice
/// and credit-note ones, then each mail kind's subject, text and HTML.
///
/// Prints where each template came from on stdout, one line each: first
/// `invoice.mustache: …` and `credit-note.mustache: …` (the override's path, or
/// `built-in <name>`), then `mail/<kind>.<part>.mustache: …` (the override's path, or
/// `built-in`) for every built-in kind and every further kind the directory's `mail` folder
/// provides. A template that cannot be read or parsed is one line on stderr naming the file, line
/// and column, exit status 65, and nothing on stdout.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load and parse every template (override or built-in); exit 65 naming the file if one cannot be used.",
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
            var report = """
                \(InvoiceTemplates.invoiceFileName): \(templates.invoiceSource)
                \(InvoiceTemplates.creditNoteFileName): \(templates.creditNoteSource)

                """
            for kind in MailTemplates.builtInKinds + MailTemplates.extraKinds(in: options.templates) {
                let mail: MailTemplates
                do {
                    mail = try MailTemplates(kind: kind, directory: options.templates)
                } catch {
                    throw DocumentFailure(error)
                }
                for part in MailTemplatePart.allCases {
                    let source = switch mail.sources[part] {
                    case .file(let path)?: path
                    case .builtIn?, nil: "built-in"
                    }
                    report += "\(MailTemplates.fileName(kind: kind, part: part)): \(source)\n"
                }
            }
            StandardStreams.writeOutput(Array(report.utf8))
        } catch {
            throw error.reportedAsExit()
        }
    }
}
