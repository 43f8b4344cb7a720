import ArgumentParser
import InvoiceDocument
import NetworkCore

/// `networkd-document built-in`: prints a built-in template, the start of an override.
struct BuiltIn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "built-in",
        abstract: "Print the built-in invoice or credit-note template (the start of an override).")

    /// Which document's template to print.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case invoice
        case creditNote = "credit-note"
    }

    @Argument(help: "invoice or credit-note.")
    var kind: Kind

    /// Writes the template's text to stdout; cannot fail.
    func run() {
        let text = InvoiceTemplates.builtInText(for: kind == .invoice ? .invoice : .creditNote)
        StandardStreams.writeOutput(Array(text.utf8))
    }
}
