import AdminProtocol
import ArgumentParser
import NetworkCore

/// `networkctl invoice …`: drafts, issue, purchase-order numbers, cancellation and documents.
///
/// `issue`, `po` and `cancel` are in `InvoiceCommand+Changes.swift`, `pdf` in `InvoiceCommand+Document.swift`.
struct InvoiceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invoice",
        abstract: "List, show, create, issue and cancel invoices; supply PO numbers; write the PDF.",
        discussion: """
            Invoices are numbered when they are issued ({SHORT}-{YEAR}-{NNNN}, gapless), and never \
            change afterwards: an issued invoice is cancelled by a credit note. INVOICE is an id \
            or a number such as CCIN-2026-0001.
            """,
        subcommands: [List.self, Show.self, Create.self, Issue.self, PurchaseOrder.self, Cancel.self, PDF.self],
        defaultSubcommand: List.self
    )

    /// An invoice as key/value lines, then its lines and credit notes.
    static func summary(_ invoice: InvoiceWire, style: Style) -> String {
        let money = { (units: Int64) in BillingFormat.money(units, invoice.currency) }
        var table = Table()
        table.append(["invoice", style.bold(invoice.number ?? "draft #\(invoice.id)")])
        table.append(["id", String(invoice.id)])
        table.append(["status", BillingFormat.status(invoice.status, overdue: invoice.overdue, style: style)])
        table.append(["member", "\(invoice.memberName) (\(invoice.memberId))"])
        table.append(["year", "\(invoice.yearLabel), \(invoice.kind), \(invoice.tier) tier"])
        if let issued = invoice.issuedOn { table.append(["issued", issued]) }
        if let due = invoice.dueOn { table.append(["due", due]) }
        table.append(["PO number", invoice.purchaseOrder ?? "-"])
        table.append(["net", money(invoice.net)])
        table.append(["VAT", money(invoice.vat)])
        table.append(["total", style.bold(money(invoice.gross))])
        if invoice.credited > 0 { table.append(["credited", money(invoice.credited)]) }
        table.append(["received", money(invoice.received)])
        table.append(["outstanding", style.bold(money(invoice.outstanding))])
        if let reason = invoice.cancelReason { table.append(["cancelled", reason]) }
        var lines = Table(header: ["LINE", "NET", "VAT", "TOTAL"])
        for line in invoice.lines {
            lines.append([line.description, money(line.net), "\(FeesCommand.vat(line.vatBasisPoints)) \(money(line.vat))", money(line.gross)])
        }
        var text = table.render(style: style) + "\n\n" + lines.render(style: style)
        if !invoice.creditNotes.isEmpty {
            var notes = Table(header: ["CREDIT NOTE", "DATE", "TOTAL", "REASON"])
            for note in invoice.creditNotes { notes.append([note.number, note.issuedOn, money(note.gross), note.reason]) }
            text += "\n\n" + notes.render(style: style)
        }
        return text
    }

    /// `networkctl invoice list [filters]`: `invoice.list` as a table.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List invoices, newest first, by status, year, member or overdue.",
            discussion: """
                \(InvoiceList.callLine). With a member token, only that member's invoices.

                EXAMPLES:
                  networkctl invoice list --year 2026 --status awaiting_po
                  networkctl invoice list --overdue
                  networkctl --token-file token invoice list
                """)

        @OptionGroup var globals: GlobalOptions
        @Option(help: ArgumentHelp("draft, awaiting_po, issued, part_paid, paid or cancelled.", valueName: "status"))
        var status: String?
        @Option(help: ArgumentHelp("The calendar year its membership year starts in.", valueName: "start-year"))
        var year: Int?
        @Option(help: ArgumentHelp("Only this member's.", valueName: "id"))
        var member: Int64?
        @Flag(help: "Only unpaid invoices past their due date.")
        var overdue = false
        @Option(help: ArgumentHelp("At most this many (1–500).", valueName: "n"))
        var limit: Int = 50
        @Option(help: ArgumentHelp("The next page: the id printed after the last page.", valueName: "id"))
        var after: Int64?

        func validate() throws {
            if let status, InvoiceStatus(rawValue: status) == nil {
                throw ValidationError("--status must be one of: \(InvoiceStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() throws {
            let style = globals.style
            let params = InvoiceList.Params(status: status.flatMap(InvoiceStatus.init(rawValue:)), startYear: year, memberId: member,
                                            overdue: overdue ? true : nil, after: after, limit: limit)
            try globals.perform(InvoiceList.self, params) { result in
                var table = Table(header: ["ID", "NUMBER", "MEMBER", "YEAR", "STATUS", "DUE", "TOTAL", "OUTSTANDING"])
                for invoice in result.invoices {
                    table.append([String(invoice.id), invoice.number ?? "-", invoice.memberName, invoice.yearLabel,
                                  BillingFormat.status(invoice.status, overdue: invoice.overdue, style: style), invoice.dueOn ?? "-",
                                  BillingFormat.money(invoice.gross, invoice.currency), BillingFormat.money(invoice.outstanding, invoice.currency)])
                }
                Terminal.out(result.invoices.isEmpty ? "No invoices." : table.render(style: style))
                if let next = result.next { Terminal.out("more: networkctl invoice list --after \(next)") }
            }
        }
    }

    /// `networkctl invoice show INVOICE`: `invoice.get`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one invoice: amounts, lines, payments received, credit notes.",
            discussion: "\(InvoiceGet.callLine).\n\nEXAMPLES:\n  networkctl invoice show CCIN-2026-0001\n  networkctl invoice show 17")

        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The invoice's id or number.", valueName: "invoice"))
        var invoice: String

        func run() throws {
            let style = globals.style
            let id = try BillingFormat.invoiceID(invoice, globals: globals)
            try globals.perform(InvoiceGet.self, .init(id: id)) { Terminal.out(summary($0, style: style)) }
        }
    }

    /// `networkctl invoice create MEMBER [--year Y] [--subscription] [--line 'TEXT=AMOUNT']…`.
    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create a draft: a member's subscription for the year and/or manual lines.",
            discussion: """
                \(InvoiceCreate.callLine). --subscription bills the year's fee from the schedule \
                (pro rata from the member's period; the period is created if it has none). Each \
                --line is 'DESCRIPTION=AMOUNT' in major units, VAT at the year's rate.

                EXAMPLES:
                  networkctl invoice create 12 --subscription
                  networkctl invoice create 12 --year 2026 --line 'Conference place=150.00'
                """)

        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The member's id.", valueName: "member"))
        var member: Int64
        @Option(help: ArgumentHelp("The calendar year it starts in (default: the latest open year).", valueName: "start-year"))
        var year: Int?
        @Flag(help: "Bill the member's subscription for the year.")
        var subscription = false
        @Option(name: .customLong("line"), help: ArgumentHelp("A line: 'DESCRIPTION=AMOUNT' (repeatable).", valueName: "text=amount"))
        var lines: [String] = []
        @OptionGroup var idempotency: IdempotencyOption

        func run() throws {
            let currency = try globals.session().networkCurrency()
            let parsed = try lines.map { text -> InvoiceCreate.Line in
                guard let split = text.lastIndex(of: "=") else { throw ValidationError("--line '\(text)' must be DESCRIPTION=AMOUNT") }
                return InvoiceCreate.Line(description: String(text[..<split]),
                                          amount: try BillingFormat.amount(String(text[text.index(after: split)...]), option: "--line", currency: currency))
            }
            let startYear = try year ?? FeesCommand.latestYear(globals)
            let params = InvoiceCreate.Params(memberId: member, startYear: startYear, subscription: subscription ? true : nil,
                                              lines: parsed.isEmpty ? nil : parsed, idempotencyKey: idempotency.idempotencyKey)
            let style = globals.style
            try globals.perform(InvoiceCreate.self, params) { Terminal.out(summary($0, style: style)) }
        }
    }
}
