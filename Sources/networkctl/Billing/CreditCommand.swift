import AdminProtocol
import ArgumentParser
import NetworkCore

/// `networkctl credit …`: members' credit, and spending it on an invoice.
struct CreditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credit",
        abstract: "Show a member's credit; apply it to one of its invoices.",
        subcommands: [Show.self, Apply.self],
        defaultSubcommand: Show.self
    )

    /// `networkctl credit show MEMBER`: `credit.get`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "A member's credit, from overpayments and credit notes on paid invoices.",
            discussion: "\(CreditGet.callLine).\n\nEXAMPLES:\n  networkctl credit show 12")

        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The member's id.", valueName: "member"))
        var member: Int64

        func run() throws {
            try globals.perform(CreditGet.self, .init(memberId: member)) { credit in
                Terminal.out("member \(credit.memberId): \(BillingFormat.money(credit.balance, credit.currency)) credit")
            }
        }
    }

    /// `networkctl credit apply INVOICE [--amount A]`: `credit.apply`.
    struct Apply: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "apply",
            abstract: "Spend a member's credit on one of its issued invoices.",
            discussion: "\(CreditApply.callLine).\n\nEXAMPLES:\n  networkctl credit apply CCIN-2026-0009\n  networkctl credit apply 17 --amount 100.00")

        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The invoice's id or number.", valueName: "invoice"))
        var invoice: String
        @Option(help: ArgumentHelp("How much (default: as much as the credit and the invoice allow).", valueName: "amount"))
        var amount: String?
        @OptionGroup var idempotency: IdempotencyOption

        func run() throws {
            let currency = try globals.session().networkCurrency()
            let units = try amount.map { try BillingFormat.amount($0, option: "--amount", currency: currency) }
            let id = try BillingFormat.invoiceID(invoice, globals: globals)
            let style = globals.style
            try globals.perform(CreditApply.self, .init(invoiceId: id, amount: units, idempotencyKey: idempotency.idempotencyKey)) { result in
                let invoice = result.invoice
                Terminal.out("applied \(BillingFormat.money(result.applied, invoice.currency)) to \(invoice.number ?? "#\(invoice.id)"): \(BillingFormat.status(invoice.status, style: style)), outstanding \(BillingFormat.money(invoice.outstanding, invoice.currency)); credit left \(BillingFormat.money(result.creditBalance, invoice.currency))")
            }
        }
    }
}
