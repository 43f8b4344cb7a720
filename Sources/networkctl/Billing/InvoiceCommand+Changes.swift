import AdminProtocol
import ArgumentParser
import NetworkCore

extension InvoiceCommand {
    /// `networkctl invoice issue INVOICE`: `invoice.issue`.
    ///
    /// Stdout: the invoice; a member that needs a PO number and has none leaves it awaiting_po
    /// (exit 0, and a note on stderr). Exits 1 (invalid transition) for an invoice already issued.
    struct Issue: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "issue",
            abstract: "Issue a draft: number it, date it, freeze its content.",
            discussion: "\(InvoiceIssue.callLine).\n\nEXAMPLES:\n  networkctl invoice issue 17")

        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The invoice's id.", valueName: "invoice"))
        var invoice: String
        @OptionGroup var version: ExpectedVersionOption
        @OptionGroup var idempotency: IdempotencyOption

        func run() throws {
            let style = globals.style
            let id = try BillingFormat.invoiceID(invoice, globals: globals)
            try globals.perform(InvoiceIssue.self, .init(id: id, expectedVersion: version.expectedVersion, idempotencyKey: idempotency.idempotencyKey)) { result in
                if result.status == .awaitingPurchaseOrder {
                    Terminal.error("invoice \(result.id) waits for a purchase-order number: networkctl invoice po \(result.id) PO-NUMBER")
                }
                Terminal.out(summary(result, style: style))
            }
        }
    }

    /// `networkctl invoice po INVOICE PO-NUMBER`: `invoice.setPurchaseOrder`; a waiting invoice is then issued.
    struct PurchaseOrder: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "po",
            abstract: "Supply the purchase-order number an invoice needs; one awaiting it is then issued.",
            discussion: "\(InvoiceSetPurchaseOrder.callLine).\n\nEXAMPLES:\n  networkctl invoice po 17 PO-4471\n  networkctl --token-file token invoice po 17 PO-4471")

        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The invoice's id.", valueName: "invoice"))
        var invoice: String
        @Argument(help: ArgumentHelp("The member's purchase-order number.", valueName: "po-number"))
        var purchaseOrder: String
        @OptionGroup var version: ExpectedVersionOption
        @OptionGroup var idempotency: IdempotencyOption

        func run() throws {
            let style = globals.style
            let id = try BillingFormat.invoiceID(invoice, globals: globals)
            let params = InvoiceSetPurchaseOrder.Params(id: id, purchaseOrder: purchaseOrder, expectedVersion: version.expectedVersion,
                                                        idempotencyKey: idempotency.idempotencyKey)
            try globals.perform(InvoiceSetPurchaseOrder.self, params) { Terminal.out(summary($0, style: style)) }
        }
    }

    /// `networkctl invoice cancel INVOICE --reason TEXT`: `invoice.cancel` (a credit note once issued).
    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cancel",
            abstract: "Cancel an invoice: an issued one by a credit note; what it received becomes credit.",
            discussion: "\(InvoiceCancel.callLine).\n\nEXAMPLES:\n  networkctl invoice cancel CCIN-2026-0007 --reason 'wrong band'")

        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The invoice's id or number.", valueName: "invoice"))
        var invoice: String
        @Option(help: ArgumentHelp("Why (required; on the credit note).", valueName: "text"))
        var reason: String
        @OptionGroup var version: ExpectedVersionOption
        @OptionGroup var idempotency: IdempotencyOption

        func run() throws {
            let style = globals.style
            let id = try BillingFormat.invoiceID(invoice, globals: globals)
            let params = InvoiceCancel.Params(id: id, reason: reason, expectedVersion: version.expectedVersion,
                                              idempotencyKey: idempotency.idempotencyKey)
            try globals.perform(InvoiceCancel.self, params) { Terminal.out(summary($0, style: style)) }
        }
    }
}
