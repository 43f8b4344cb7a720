import AdminProtocol
import ArgumentParser
import NetworkCore

/// `networkctl billing …`: the network's billing details, and each member's payer and figures.
struct BillingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "billing",
        abstract: "The network's billing details; a member's invoice addressee and per-year figures.",
        subcommands: [Show.self, Set.self, Payer.self, SetPayer.self, Figures.self, SetFigures.self],
        defaultSubcommand: Show.self
    )

    static func settings(_ settings: BillingSettingsWire, style: Style) -> String {
        var table = Table()
        table.append(["address", settings.address.isEmpty ? "-" : settings.address.split(separator: "\n").joined(separator: ", ")])
        table.append(["e-mail", settings.email ?? "-"])
        table.append(["VAT number", settings.vatNumber ?? "-"])
        table.append(["how to pay", settings.paymentDetails.isEmpty ? "-" : settings.paymentDetails.split(separator: "\n").joined(separator: " / ")])
        table.append(["invoice month", HumanFormat.monthName(settings.invoiceMonth)])
        table.append(["payment terms", "\(settings.paymentTermsDays) days"])
        table.append(["credit at issue", settings.applyCreditAtIssue ? "applied automatically" : "applied with networkctl credit apply"])
        table.append(["version", String(settings.version)])
        return table.render(style: style)
    }

    static func payer(_ billing: MemberBillingWire, style: Style) -> String {
        var table = Table()
        table.append(["invoiced as", style.bold(billing.invoicedName)])
        table.append(["address", billing.billingAddress.isEmpty ? "-" : billing.billingAddress.split(separator: "\n").joined(separator: ", ")])
        if let payer = billing.payer {
            table.append(["payer", "\(payer.name) <\(payer.email)> (contact \(payer.contactId)\(payer.chosen ? "" : ", the primary finance contact"))"])
        } else {
            table.append(["payer", "none: add a finance contact or choose one with networkctl billing set-payer"])
        }
        table.append(["PO required", billing.poRequired ? "yes" : "no"])
        return table.render(style: style)
    }

    /// `networkctl billing show`: `billing.get`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show the network's billing details.",
            discussion: "\(BillingGet.callLine).\n\nEXAMPLES:\n  networkctl billing show")
        @OptionGroup var globals: GlobalOptions

        func run() throws {
            let style = globals.style
            try globals.perform(BillingGet.self, NoParams()) { Terminal.out(settings($0, style: style)) }
        }
    }

    /// `networkctl billing set [--address …] …`: `billing.set`.
    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Change the network's billing details; options left out keep their value.",
            discussion: """
                \(BillingSet.callLine). Multi-line values take \\n between lines.

                EXAMPLES:
                  networkctl billing set --address 'CCIN\\nPO Box 1\\nLondon SW1A 1AA' --vat-number 'GB123456789'
                  networkctl billing set --payment-details 'Sort code 00-00-00, account 12345678; quote the invoice number'
                """)
        @OptionGroup var globals: GlobalOptions
        @Option(help: ArgumentHelp("Postal address (\\n between lines).", valueName: "text")) var address: String?
        @Option(help: ArgumentHelp("Accounts e-mail; empty clears it.", valueName: "address")) var email: String?
        @Option(help: ArgumentHelp("VAT registration number; empty clears it.", valueName: "text")) var vatNumber: String?
        @Option(help: ArgumentHelp("How to pay (\\n between lines).", valueName: "text")) var paymentDetails: String?
        @Option(help: ArgumentHelp("The month (1–12) years' invoices are dated.", valueName: "month")) var invoiceMonth: Int?
        @Option(name: .customLong("terms"), help: ArgumentHelp("Days until due, for years opened from now.", valueName: "days")) var paymentTermsDays: Int?
        @Option(help: ArgumentHelp("Spend member credit on invoices as they are issued: true or false.", valueName: "bool")) var applyCreditAtIssue: Bool?
        @OptionGroup var version: ExpectedVersionOption
        @OptionGroup var idempotency: IdempotencyOption

        func run() throws {
            let lines = { (text: String?) in text.map { $0.split(separator: "\\n", omittingEmptySubsequences: false).joined(separator: "\n") } }
            let params = BillingSet.Params(address: lines(address), email: email, vatNumber: vatNumber, paymentDetails: lines(paymentDetails),
                                           invoiceMonth: invoiceMonth, paymentTermsDays: paymentTermsDays, applyCreditAtIssue: applyCreditAtIssue,
                                           expectedVersion: version.expectedVersion, idempotencyKey: idempotency.idempotencyKey)
            let style = globals.style
            try globals.perform(BillingSet.self, params) { Terminal.out(settings($0, style: style)) }
        }
    }

    /// `networkctl billing payer MEMBER`: `member.billing`.
    struct Payer: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "payer",
            abstract: "Who a member's invoices are addressed to.",
            discussion: "\(MemberBilling.callLine).\n\nEXAMPLES:\n  networkctl billing payer 12")
        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The member's id.", valueName: "member")) var member: Int64

        func run() throws {
            let style = globals.style
            try globals.perform(MemberBilling.self, .init(id: member)) { Terminal.out(payer($0, style: style)) }
        }
    }

    /// `networkctl billing set-payer MEMBER [--name N] [--address A] [--contact C]`: `member.setBilling`.
    struct SetPayer: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-payer",
            abstract: "Set a member's invoice name, billing address and payer contact.",
            discussion: """
                \(MemberSetBilling.callLine). --contact 0 returns to the primary finance contact. \
                A political group is billed itself, never its council.

                EXAMPLES:
                  networkctl billing set-payer 12 --address 'Finance\\nCouncil Offices\\nStroud GL5 4UB' --contact 41
                """)
        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The member's id.", valueName: "member")) var member: Int64
        @Option(help: ArgumentHelp("The name to invoice (empty: the member's name).", valueName: "text")) var name: String?
        @Option(help: ArgumentHelp("Billing address (\\n between lines).", valueName: "text")) var address: String?
        @Option(help: ArgumentHelp("The paying contact's id; 0 for the primary finance contact.", valueName: "id")) var contact: Int64?
        @OptionGroup var version: ExpectedVersionOption
        @OptionGroup var idempotency: IdempotencyOption

        func run() throws {
            let lines = address.map { $0.split(separator: "\\n", omittingEmptySubsequences: false).joined(separator: "\n") }
            let params = MemberSetBilling.Params(id: member, billingName: name, billingAddress: lines, payerContactId: contact,
                                                 expectedVersion: version.expectedVersion, idempotencyKey: idempotency.idempotencyKey)
            let style = globals.style
            try globals.perform(MemberSetBilling.self, params) { Terminal.out(payer($0, style: style)) }
        }
    }

    /// `networkctl billing figures MEMBER`: `member.figures`.
    struct Figures: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "figures",
            abstract: "A member's population and controllable budget, year by year.",
            discussion: "\(MemberFigures.callLine).\n\nEXAMPLES:\n  networkctl billing figures 12")
        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The member's id.", valueName: "member")) var member: Int64

        func run() throws {
            let style = globals.style
            let currency = try globals.session().networkCurrency()
            try globals.perform(MemberFigures.self, .init(id: member)) { result in
                var table = Table(header: ["YEAR", "POPULATION", "REVENUE BUDGET", "CAPITAL BUDGET", "RECORDED BY"])
                for row in result.figures {
                    table.append([row.yearLabel, row.population?.groupedInThousands ?? "-",
                                  row.budgetRevenue.map { Money(minorUnits: $0, currency: currency).formatted } ?? "-",
                                  row.budgetCapital.map { Money(minorUnits: $0, currency: currency).formatted } ?? "-", row.recordedBy])
                }
                Terminal.out(result.figures.isEmpty ? "No figures recorded: the member record's figures are used." : table.render(style: style))
            }
        }
    }

    /// `networkctl billing set-figures MEMBER --year Y --population N --revenue A --capital A`: `member.setFigures`.
    struct SetFigures: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-figures",
            abstract: "Record a member's population and budgets for a year (they set its band).",
            discussion: "\(MemberSetFigures.callLine).\n\nEXAMPLES:\n  networkctl billing set-figures 12 --year 2026 --population 119964 --revenue 25,300,000 --capital 8,000,000")
        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The member's id.", valueName: "member")) var member: Int64
        @Option(help: ArgumentHelp("The calendar year it starts in.", valueName: "start-year")) var year: Int
        @Option(help: ArgumentHelp("Residents.", valueName: "n")) var population: Int?
        @Option(help: ArgumentHelp("Controllable revenue budget, e.g. 25,300,000.", valueName: "amount")) var revenue: String?
        @Option(help: ArgumentHelp("Controllable capital budget.", valueName: "amount")) var capital: String?
        @OptionGroup var version: ExpectedVersionOption
        @OptionGroup var idempotency: IdempotencyOption

        func run() throws {
            let params = MemberSetFigures.Params(
                id: member, startYear: year, population: population,
                budgetRevenue: try MemberCommand.budget(revenue, option: "--revenue", globals: globals),
                budgetCapital: try MemberCommand.budget(capital, option: "--capital", globals: globals),
                expectedVersion: version.expectedVersion, idempotencyKey: idempotency.idempotencyKey)
            let style = globals.style
            let currency = try globals.session().networkCurrency()
            try globals.perform(MemberSetFigures.self, params) { row in
                var table = Table()
                table.append(["year", row.yearLabel])
                table.append(["population", row.population?.groupedInThousands ?? "-"])
                table.append(["revenue budget", row.budgetRevenue.map { Money(minorUnits: $0, currency: currency).formatted } ?? "-"])
                table.append(["capital budget", row.budgetCapital.map { Money(minorUnits: $0, currency: currency).formatted } ?? "-"])
                table.append(["version", String(row.version)])
                Terminal.out(table.render(style: style))
            }
        }
    }
}
