import AdminProtocol
import ArgumentParser
import NetworkCore

/// `networkctl payment …`: money received against invoices.
struct PaymentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payment",
        abstract: "Record, list and void payments; overpayments become member credit.",
        subcommands: [Record.self, List.self, VoidPayment.self],
        defaultSubcommand: List.self
    )

    static func row(_ payment: PaymentWire, style: Style) -> [String] {
        [String(payment.id), payment.invoiceNumber ?? "#\(payment.invoiceId)", payment.paidOn, payment.method.label,
         BillingFormat.money(payment.amount, payment.currency), payment.reference ?? "",
         payment.voidedAt == nil ? "" : style.red("voided: \(payment.voidReason ?? "")")]
    }

    static let header = ["ID", "INVOICE", "PAID ON", "METHOD", "AMOUNT", "REFERENCE", ""]

    /// What a payment did to its invoice and the member's credit.
    static func outcome(_ result: PaymentOutcomeWire, style: Style) -> String {
        let invoice = result.invoice
        var text = "\(invoice.number ?? "#\(invoice.id)") \(invoice.memberName): \(BillingFormat.status(invoice.status, style: style)), outstanding \(BillingFormat.money(invoice.outstanding, invoice.currency))"
        if result.creditChange != 0 {
            text += "\nmember credit \(result.creditChange > 0 ? "+" : "")\(BillingFormat.money(result.creditChange, invoice.currency)), now \(BillingFormat.money(result.creditBalance, invoice.currency))"
        }
        return text
    }

    /// `networkctl payment record INVOICE AMOUNT --method M [--paid-on D] [--reference R]`.
    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "record",
            abstract: "Record a payment against an issued invoice (amount in major units: 1234.50).",
            discussion: """
                \(PaymentRecord.callLine). Reaching the total marks the invoice paid; anything \
                beyond becomes the member's credit (networkctl credit apply).

                EXAMPLES:
                  networkctl payment record CCIN-2026-0001 4200.00 --method bank_transfer --reference 'BACS 88123'
                  networkctl payment record 17 '£500' --method cheque --paid-on 2026-10-03
                """)

        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The invoice's id or number.", valueName: "invoice"))
        var invoice: String
        @Argument(help: ArgumentHelp("The amount received, e.g. 1234.50.", valueName: "amount"))
        var amount: String
        @Option(help: ArgumentHelp("bank_transfer, card, cheque or other.", valueName: "method"))
        var method: String
        @Option(help: ArgumentHelp("When it was paid, YYYY-MM-DD (default today).", valueName: "date"))
        var paidOn: String?
        @Option(help: ArgumentHelp("The bank reference, cheque number…", valueName: "text"))
        var reference: String?
        @OptionGroup var idempotency: IdempotencyOption

        func validate() throws {
            if PaymentMethod(rawValue: method) == nil {
                throw ValidationError("--method must be one of: \(PaymentMethod.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() throws {
            let currency = try globals.session().networkCurrency()
            let units = try BillingFormat.amount(amount, option: "amount", currency: currency)
            let id = try BillingFormat.invoiceID(invoice, globals: globals)
            let style = globals.style
            let params = PaymentRecord.Params(invoiceId: id, amount: units, paidOn: paidOn, method: PaymentMethod(rawValue: method) ?? .other,
                                              reference: reference, idempotencyKey: idempotency.idempotencyKey)
            try globals.perform(PaymentRecord.self, params) { Terminal.out(outcome($0, style: style)) }
        }
    }

    /// `networkctl payment list [--invoice I] [--member M]`: `payment.list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List payments, newest first, voided ones included.",
            discussion: "\(PaymentList.callLine).\n\nEXAMPLES:\n  networkctl payment list --invoice CCIN-2026-0001\n  networkctl payment list --member 12")

        @OptionGroup var globals: GlobalOptions
        @Option(help: ArgumentHelp("Only this invoice's (id or number).", valueName: "invoice"))
        var invoice: String?
        @Option(help: ArgumentHelp("Only this member's.", valueName: "id"))
        var member: Int64?
        @Option(help: ArgumentHelp("At most this many (1–500).", valueName: "n"))
        var limit: Int = 50

        func run() throws {
            let style = globals.style
            let id = try invoice.map { try BillingFormat.invoiceID($0, globals: globals) }
            try globals.perform(PaymentList.self, .init(invoiceId: id, memberId: member, limit: limit)) { result in
                Terminal.out(result.payments.isEmpty ? "No payments." : Table(header: header, rows: result.payments.map { row($0, style: style) }).render(style: style))
            }
        }
    }

    /// `networkctl payment void ID --reason TEXT`: `payment.void`.
    struct VoidPayment: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "void",
            abstract: "Void a payment recorded in error: the invoice owes it again.",
            discussion: "\(PaymentVoid.callLine).\n\nEXAMPLES:\n  networkctl payment void 31 --reason 'cheque bounced'")

        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The payment's id.", valueName: "id"))
        var id: Int64
        @Option(help: ArgumentHelp("Why (required).", valueName: "text"))
        var reason: String
        @OptionGroup var idempotency: IdempotencyOption

        func run() throws {
            let style = globals.style
            try globals.perform(PaymentVoid.self, .init(id: id, reason: reason, idempotencyKey: idempotency.idempotencyKey)) {
                Terminal.out(outcome($0, style: style))
            }
        }
    }
}
