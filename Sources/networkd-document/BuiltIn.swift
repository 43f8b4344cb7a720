import ArgumentParser
import InvoiceDocument
import NetworkCore

/// `networkd-document built-in`: prints a built-in template, the start of an override —
/// `built-in invoice`, `built-in credit-note`, or `built-in mail <kind> <part>`.
struct BuiltIn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "built-in",
        abstract: "Print a built-in template (the start of an override): invoice, credit-note, or mail KIND PART.",
        discussion: """
            Mail kinds: \(MailTemplates.builtInKinds.joined(separator: ", ")); parts: \
            \(MailTemplatePart.allCases.map(\.rawValue).joined(separator: ", ")).

            Examples:
              networkd-document built-in invoice > /etc/networkd/templates/invoice.mustache
              networkd-document built-in mail reminder text > /etc/networkd/templates/mail/reminder.text.mustache
            """)

    /// Which document's template to print.
    enum Document: String, ExpressibleByArgument, CaseIterable {
        case invoice
        case creditNote = "credit-note"
        case mail
    }

    @Argument(help: "invoice, credit-note or mail.")
    var document: Document

    @Argument(help: ArgumentHelp("For mail: the message kind (invoice-issued, reminder, …).", valueName: "kind"))
    var mailKind: String?

    @Argument(help: ArgumentHelp("For mail: subject, text or html.", valueName: "part"))
    var part: String?

    /// Checks that a mail template is named by a built-in kind and a part, and nothing follows
    /// `invoice` or `credit-note`.
    ///
    /// - Throws: `ValidationError` (exit 64) naming what is missing or unknown.
    func validate() throws {
        switch document {
        case .invoice, .creditNote:
            guard mailKind == nil && part == nil else {
                throw ValidationError("\(document.rawValue) takes no further arguments")
            }
        case .mail:
            guard let mailKind, let part else { throw ValidationError("mail needs a message kind and a part: mail reminder text") }
            guard MailTemplates.builtInKinds.contains(mailKind) else {
                throw ValidationError("no built-in mail kind \(mailKind): one of \(MailTemplates.builtInKinds.joined(separator: ", "))")
            }
            guard MailTemplatePart(rawValue: part) != nil else {
                throw ValidationError("no mail template part \(part): subject, text or html")
            }
        }
    }

    /// Writes the template's text to stdout; cannot fail once `validate()` has passed.
    func run() {
        let text: String
        switch document {
        case .invoice: text = InvoiceTemplates.builtInText(for: .invoice)
        case .creditNote: text = InvoiceTemplates.builtInText(for: .creditNote)
        case .mail:
            text = MailTemplatePart(rawValue: part ?? "").flatMap { MailTemplates.builtInText(kind: mailKind ?? "", part: $0) } ?? ""
        }
        StandardStreams.writeOutput(Array(text.utf8))
    }
}
