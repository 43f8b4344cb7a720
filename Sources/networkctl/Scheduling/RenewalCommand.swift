import AdminProtocol
import ArgumentParser
import NetworkCore

/// `networkctl renewal …`: a year's renewal run, previewed and run by hand.
struct RenewalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renewal",
        abstract: "Preview or run a membership year's renewal (periods and subscription invoices).",
        subcommands: [Preview.self, Run.self],
        defaultSubcommand: Preview.self
    )

    /// `networkctl renewal preview [START-YEAR] [--limit N]`: `renewal.preview`.
    struct Preview: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "preview",
            abstract: "Show what a renewal run would create now: counts, totals by tier, the first members.",
            discussion: "\(RenewalPreview.callLine).\n\nEXAMPLES:\n  networkctl renewal preview\n  networkctl renewal preview 2027 --limit 50")

        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The calendar year it starts in (default: the year containing today).", valueName: "start-year"))
        var startYear: Int?
        @Option(help: ArgumentHelp("Members to list (0-1000).", valueName: "n"))
        var limit: Int?

        func run() throws {
            let style = globals.style
            try globals.perform(RenewalPreview.self, .init(startYear: startYear, limit: limit)) { result in
                let money = { (units: Int64) in BillingFormat.money(units, result.currency) }
                Terminal.out("""
                    Renewal \(result.yearLabel): \(result.members) members, \(result.periods) new periods, \(result.invoices) invoices \
                    (\(result.issues ? "issued" : "drafts")), \(money(result.gross)) gross
                    """)
                Terminal.out(Table(header: ["TIER", "MEMBERS", "INVOICES", "NET", "VAT", "GROSS"], rows: result.byTier.map {
                    [$0.tier, String($0.members), String($0.invoices), money($0.net), money($0.vat), money($0.gross)]
                }).render(style: style))
                if !result.lines.isEmpty {
                    Terminal.out(Table(header: ["MEMBER", "NAME", "TIER", "FROM", "GROSS"], rows: result.lines.map {
                        [String($0.memberId), $0.memberName, $0.tier, $0.startsOn, $0.gross.map(money) ?? "no fee"]
                    }).render(style: style))
                }
                for note in result.unpriced { Terminal.out("cannot price: \(note)") }
            }
        }
    }

    /// `networkctl renewal run [START-YEAR]`: `renewal.run`. Exits 1 when the run failed.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Run the year's renewal now and wait for it; running it again creates nothing twice.",
            discussion: "\(RenewalRunNow.callLine).\n\nEXAMPLES:\n  networkctl renewal run 2027")

        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The calendar year it starts in (default: the year containing today).", valueName: "start-year"))
        var startYear: Int?

        func run() throws {
            let style = globals.style
            try globals.perform(RenewalRunNow.self, .init(startYear: startYear)) { run in
                Terminal.out(JobCommand.report(run, style: style))
                if run.outcome == "failed" { throw ExitCode(1) }
            }
        }
    }
}
