import AdminProtocol
import ArgumentParser
import NetworkCore

/// `networkctl year …`: membership years and members' periods in them.
struct YearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "year",
        abstract: "List and open membership years; show members' periods.",
        subcommands: [List.self, Show.self, Open.self, Periods.self],
        defaultSubcommand: List.self
    )

    /// One year as a table row.
    static func row(_ year: YearWire) -> [String] {
        [year.label, String(year.startYear), year.startsOn, year.endsOn, year.invoiceDate, "\(year.paymentTermsDays) days"]
    }

    static let header = ["YEAR", "START YEAR", "FROM", "TO", "INVOICE DATE", "TERMS"]

    /// `networkctl year list`: `year.list` as a table. Stdout: one row per open year, latest first.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the membership years opened so far, latest first.",
            discussion: "\(YearList.callLine).\n\nEXAMPLES:\n  networkctl year list")

        @OptionGroup var globals: GlobalOptions

        func run() throws {
            let style = globals.style
            try globals.perform(YearList.self, NoParams()) { result in
                guard !result.years.isEmpty else { return Terminal.out("No membership year is open yet: networkctl year open") }
                Terminal.out(Table(header: header, rows: result.years.map(row)).render(style: style))
            }
        }
    }

    /// `networkctl year show START-YEAR`: `year.get`. Exits 1 when the year is not open.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one membership year.",
            discussion: "\(YearGet.callLine).\n\nEXAMPLES:\n  networkctl year show 2026")

        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The calendar year it starts in: 2026 for 2026/27.", valueName: "start-year"))
        var startYear: Int

        func run() throws {
            let style = globals.style
            try globals.perform(YearGet.self, .init(startYear: startYear)) { year in
                Terminal.out(Table(header: header, rows: [row(year)]).render(style: style))
            }
        }
    }

    /// `networkctl year open [START-YEAR] [--invoice-date D] [--terms DAYS]`: `year.open`.
    ///
    /// Stdout: the year opened. Exits 65 for an invoice date outside the year, 1 when it is open already.
    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "open",
            abstract: "Open a membership year for billing (default: the year containing today).",
            discussion: """
                \(YearOpen.callLine). The year runs from the 1st of the network's start month; its \
                invoices are dated --invoice-date (default the 1st of the billing invoice month) \
                and due --terms days after issue (default the billing settings', 30).

                EXAMPLES:
                  networkctl year open
                  networkctl year open 2027 --invoice-date 2027-09-01 --terms 45
                """)

        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The calendar year it starts in (default: the year containing today).", valueName: "start-year"))
        var startYear: Int?
        @Option(help: ArgumentHelp("The date its invoices carry, YYYY-MM-DD.", valueName: "date"))
        var invoiceDate: String?
        @Option(name: .customLong("terms"), help: ArgumentHelp("Days from issue until due.", valueName: "days"))
        var paymentTermsDays: Int?
        @OptionGroup var idempotency: IdempotencyOption

        func run() throws {
            let style = globals.style
            let params = YearOpen.Params(startYear: startYear, invoiceDate: invoiceDate, paymentTermsDays: paymentTermsDays,
                                         idempotencyKey: idempotency.idempotencyKey)
            try globals.perform(YearOpen.self, params) { year in
                Terminal.out(Table(header: header, rows: [row(year)]).render(style: style))
            }
        }
    }

    /// `networkctl year periods [--member ID] [--year START-YEAR]`: `period.list` as a table.
    struct Periods: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "periods",
            abstract: "List members' periods: one per member per year it is a member, never rewritten.",
            discussion: "\(PeriodList.callLine).\n\nEXAMPLES:\n  networkctl year periods --member 12\n  networkctl year periods --year 2026")

        @OptionGroup var globals: GlobalOptions
        @Option(help: ArgumentHelp("Only this member's periods.", valueName: "id"))
        var member: Int64?
        @Option(help: ArgumentHelp("Only this year's (the calendar year it starts in).", valueName: "start-year"))
        var year: Int?

        func run() throws {
            let style = globals.style
            try globals.perform(PeriodList.self, .init(memberId: member, startYear: year)) { result in
                var table = Table(header: ["YEAR", "MEMBER", "FROM", "TO", "MONTHS", "TIER", "FROM WHAT"])
                for period in result.periods {
                    table.append([period.yearLabel, String(period.memberId), period.startsOn, period.endsOn, String(period.months),
                                  period.tier, period.source])
                }
                Terminal.out(result.periods.isEmpty ? "No periods." : table.render(style: style))
            }
        }
    }
}
