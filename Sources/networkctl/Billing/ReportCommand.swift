import AdminProtocol
import ArgumentParser
import NetworkCore

/// `networkctl report …`: income, aged debt and arrears, as tables or CSV for the finance team.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Income by tier and year, aged debt, members in arrears; --csv for spreadsheets.",
        discussion: """
            With --csv the report is written as RFC 4180 CSV (CRLF line ends, quoted where \
            needed), amounts in major units without symbols (1234.50) with a currency column.
            """,
        subcommands: [Income.self, AgedDebt.self, Arrears.self]
    )

    /// Flags every report takes.
    struct Output: ParsableArguments {
        @Flag(help: "Write CSV (RFC 4180) instead of a table.")
        var csv = false
    }

    /// `networkctl report income [--year Y] [--csv]`: `report.income`.
    struct Income: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "income",
            abstract: "Income by membership year and tier: invoiced, credited, net, received, outstanding.",
            discussion: "\(ReportIncome.callLine).\n\nEXAMPLES:\n  networkctl report income --year 2026\n  networkctl report income --csv > income.csv")

        @OptionGroup var globals: GlobalOptions
        @Option(help: ArgumentHelp("Only this year (the calendar year it starts in).", valueName: "start-year"))
        var year: Int?
        @OptionGroup var output: Output

        func run() throws {
            let style = globals.style, csv = output.csv
            try globals.perform(ReportIncome.self, .init(startYear: year)) { result in
                let columns = ["YEAR", "TIER", "INVOICES", "INVOICED", "CREDITED", "NET", "RECEIVED", "OUTSTANDING"]
                if csv {
                    var document = CSV(header: columns.map { $0.lowercased() } + ["currency"])
                    for row in result.rows {
                        let money = { BillingFormat.plainMoney($0, row.currency) }
                        document.append([row.yearLabel, row.tier, String(row.invoices), money(row.invoiced), money(row.credited), money(row.net),
                                         money(row.received), money(row.outstanding), row.currency])
                    }
                    return Terminal.outExactly(document.text)
                }
                var table = Table(header: columns)
                for row in result.rows {
                    let money = { BillingFormat.money($0, row.currency) }
                    table.append([row.yearLabel, row.tier, String(row.invoices), money(row.invoiced), money(row.credited), money(row.net),
                                  money(row.received), money(row.outstanding)])
                }
                Terminal.out(result.rows.isEmpty ? "No issued invoices." : table.render(style: style))
            }
        }
    }

    /// `networkctl report aged-debt [--as-of D] [--csv]`: `report.agedDebt`.
    struct AgedDebt: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "aged-debt",
            abstract: "What each member owes as of a date, by days past due: not due, 0–30, 31–60, 61–90, 90+.",
            discussion: "\(ReportAgedDebt.callLine).\n\nEXAMPLES:\n  networkctl report aged-debt\n  networkctl report aged-debt --as-of 2027-03-31 --csv > aged-debt.csv")

        @OptionGroup var globals: GlobalOptions
        @Option(help: ArgumentHelp("The day to report as of, YYYY-MM-DD (default today).", valueName: "date"))
        var asOf: String?
        @OptionGroup var output: Output

        func run() throws {
            let style = globals.style, csv = output.csv
            try globals.perform(ReportAgedDebt.self, .init(asOf: asOf)) { result in
                let columns = ["MEMBER", "NOT DUE", "0-30", "31-60", "61-90", "90+", "TOTAL"]
                func cells(_ row: ReportAgedDebt.Row, _ money: (Int64) -> String) -> [String] {
                    [row.memberName, money(row.notDue), money(row.days0To30), money(row.days31To60), money(row.days61To90), money(row.over90),
                     money(row.total)]
                }
                if csv {
                    var document = CSV(header: ["member_id", "member", "not_due", "days_0_30", "days_31_60", "days_61_90", "days_over_90", "total", "currency"])
                    for row in result.rows {
                        document.append([String(row.memberId)] + cells(row) { BillingFormat.plainMoney($0, row.currency) } + [row.currency])
                    }
                    return Terminal.outExactly(document.text)
                }
                var table = Table(header: columns)
                for row in result.rows { table.append(cells(row) { BillingFormat.money($0, row.currency) }) }
                for total in result.totals { table.append(cells(total) { style.bold(BillingFormat.money($0, total.currency)) }) }
                Terminal.out("Aged debt as of \(result.asOf) (days past the due date)\n" + (result.rows.isEmpty ? "Nothing is owed." : table.render(style: style)))
            }
        }
    }

    /// `networkctl report arrears [--as-of D] [--csv]`: `report.arrears`.
    struct Arrears: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "arrears",
            abstract: "Members with invoices past their due date: how much, how many, since when.",
            discussion: "\(ReportArrears.callLine).\n\nEXAMPLES:\n  networkctl report arrears\n  networkctl report arrears --csv > arrears.csv")

        @OptionGroup var globals: GlobalOptions
        @Option(help: ArgumentHelp("The day to report as of, YYYY-MM-DD (default today).", valueName: "date"))
        var asOf: String?
        @OptionGroup var output: Output

        func run() throws {
            let style = globals.style, csv = output.csv
            try globals.perform(ReportArrears.self, .init(asOf: asOf)) { result in
                if csv {
                    var document = CSV(header: ["member_id", "member", "tier", "status", "invoices", "overdue", "oldest_due_on", "days_overdue", "currency"])
                    for row in result.rows {
                        document.append([String(row.memberId), row.memberName, row.tier, row.status, String(row.invoices),
                                         BillingFormat.plainMoney(row.overdue, row.currency), row.oldestDueOn, String(row.daysOverdue), row.currency])
                    }
                    return Terminal.outExactly(document.text)
                }
                var table = Table(header: ["MEMBER", "TIER", "STATUS", "INVOICES", "OVERDUE", "OLDEST DUE", "DAYS"])
                for row in result.rows {
                    table.append([row.memberName, row.tier, row.status, String(row.invoices), BillingFormat.money(row.overdue, row.currency),
                                  row.oldestDueOn, String(row.daysOverdue)])
                }
                Terminal.out("Members in arrears as of \(result.asOf)\n" + (result.rows.isEmpty ? "None." : table.render(style: style)))
            }
        }
    }
}
