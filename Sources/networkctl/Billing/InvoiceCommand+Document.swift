import AdminProtocol
import ArgumentParser
import FoundationEssentials

extension InvoiceCommand {
    /// `networkctl invoice pdf INVOICE -o FILE [--html] [--credit-note ID]`: `invoice.document`.
    ///
    /// Writes the document as it was issued (rendered from its snapshot) to FILE (`-`: stdout),
    /// whole or not at all. Exits 65 for an invoice not yet issued.
    struct PDF: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pdf",
            abstract: "Write an issued invoice (or one of its credit notes) as PDF, or HTML.",
            discussion: """
                \(InvoiceDocument.callLine). The document is rendered from what the invoice said \
                when it was issued, with the template in /etc/networkd/templates/ if ops put one \
                there.

                EXAMPLES:
                  networkctl invoice pdf CCIN-2026-0001 -o CCIN-2026-0001.pdf
                  networkctl --token-file token invoice pdf 17 -o invoice.pdf
                  networkctl invoice pdf 17 --html -o - | less
                """)

        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The invoice's id or number.", valueName: "invoice"))
        var invoice: String
        @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Where to write it; - is stdout.", valueName: "file"))
        var output: String
        @Flag(help: "HTML instead of PDF.")
        var html = false
        @Option(help: ArgumentHelp("One of the invoice's credit notes, by id.", valueName: "id"))
        var creditNote: Int64?

        func run() throws {
            let id = try BillingFormat.invoiceID(invoice, globals: globals)
            let params = InvoiceDocument.Params(id: id, format: html ? .html : .pdf, creditNoteId: creditNote)
            let document = try globals.fetch(InvoiceDocument.self, params)
            let bytes: [UInt8]
            if let text = document.html {
                bytes = Array(text.utf8)
            } else if let encoded = document.pdfBase64, let data = Data(base64Encoded: encoded) {
                bytes = [UInt8](data)
            } else {
                throw FailureReport.failure("networkd sent no document for \(document.number)")
            }
            try OutputFile.save(bytes, to: output)
            if output != "-" { Terminal.note("wrote \(document.number) (\(document.contentType), \(bytes.count) bytes) to \(output)") }
        }
    }
}
