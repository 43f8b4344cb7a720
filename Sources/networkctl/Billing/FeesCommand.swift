import AdminProtocol
import ArgumentParser
import NetworkCore

/// `networkctl fees …`: a year's fee schedule, and what a member pays.
struct FeesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fees",
        abstract: "Show and set a year's fee schedule; quote a member's fee with the reason.",
        subcommands: [Show.self, Set.self, Quote.self],
        defaultSubcommand: Show.self
    )

    /// The schedule as a table: one row per flat fee or band.
    static func render(_ schedule: FeeScheduleWire, style: Style) -> String {
        var lines = ["\(schedule.yearLabel) fee schedule, \(schedule.currency), VAT \(vat(schedule.vatBasisPoints)), pro rata \(schedule.proRata.rawValue), budget = \(schedule.budgetMeasure.rawValue) (version \(schedule.version))"]
        var table = Table(header: ["TIER", "WHO", "FROM", "TO", "FEE A YEAR"])
        for tier in schedule.tiers {
            if let flat = tier.flatFee {
                table.append([tier.tier, tier.basis == nil ? "every member" : "non-councils", "", "", BillingFormat.money(flat, schedule.currency)])
            }
            for (measure, bands) in [("population", tier.populationBands), ("budget", tier.budgetBands)] {
                for band in bands ?? [] {
                    let from = measure == "budget" ? BillingFormat.money(band.lowerBound, schedule.currency) : band.lowerBound.groupedInThousands
                    let to = band.upperBound.map { measure == "budget" ? BillingFormat.money($0, schedule.currency) : $0.groupedInThousands } ?? "and above"
                    table.append([tier.tier, "councils by \(measure)", from, to, BillingFormat.money(band.fee, schedule.currency)])
                }
            }
        }
        lines.append(table.render(style: style))
        lines.append("Bands include their lower bound and exclude their upper bound. Tiers not listed pay no fee.")
        return lines.joined(separator: "\n")
    }

    /// `20%`.
    static func vat(_ basisPoints: Int) -> String { (try? VATRate(basisPoints: basisPoints))?.description ?? "\(basisPoints)bp" }

    /// `networkctl fees show START-YEAR`: `fees.get`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a year's fee schedule.",
            discussion: "\(FeesGet.callLine).\n\nEXAMPLES:\n  networkctl fees show 2026\n  networkctl --json fees show 2026 > fees-2026.json")

        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The calendar year it starts in: 2026 for 2026/27.", valueName: "start-year"))
        var startYear: Int

        func run() throws {
            let style = globals.style
            try globals.perform(FeesGet.self, .init(startYear: startYear)) { Terminal.out(render($0, style: style)) }
        }
    }

    /// `networkctl fees set START-YEAR --file FILE`: `fees.set` from a JSON document.
    ///
    /// Exits 65 naming each band that overlaps or leaves a gap; nothing is changed then.
    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Replace a year's fee schedule from a JSON file (the params of \(FeesSet.name), or what fees show --json prints).",
            discussion: """
                \(FeesSet.callLine). The file holds {"tiers": [...], "vatBasisPoints": 2000, \
                "proRata": "monthly", ...}; startYear comes from the argument. Amounts are minor \
                units (pence). Each tier has a flatFee and/or council bands (basis population, \
                budget or higher, with populationBands / budgetBands of {lowerBound, upperBound, \
                fee}); the bands must cover every value from 0 once, the last with no upperBound.

                EXAMPLES:
                  networkctl --json fees show 2026 > fees.json   # edit, then:
                  networkctl fees set 2027 --file fees.json
                """)

        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The calendar year it starts in.", valueName: "start-year"))
        var startYear: Int
        @Option(help: ArgumentHelp("The schedule as JSON; - reads stdin.", valueName: "file"))
        var file: String
        @OptionGroup var version: ExpectedVersionOption
        @OptionGroup var idempotency: IdempotencyOption

        func run() throws {
            let text = try TextFile.contents(of: file, purpose: "fee schedule")
            guard case .object(var members)? = try? JSONCoding.readValue(Array(text.utf8)) else {
                throw FailureReport.failure("fee schedule \(file) is not a JSON object")
            }
            for key in ["startYear", "yearLabel", "version", "updatedBy", "updatedAt", "expectedVersion", "idempotencyKey"] {
                members.removeValue(forKey: key)
            }
            members["startYear"] = .integer(Int64(startYear))
            if let expected = version.expectedVersion { members["expectedVersion"] = .integer(Int64(expected)) }
            if let key = idempotency.idempotencyKey { members["idempotencyKey"] = .string(key) }
            let style = globals.style
            let raw = try globals.call(FeesSet.name, params: .object(members))
            if globals.json { return Terminal.out(PrettyJSON.render(raw)) }
            Terminal.out(render(try GlobalOptions.decode(FeesSet.self, raw), style: style))
        }
    }

    /// `networkctl fees quote MEMBER [--year Y] [--starts-on D]`: `fees.quote`, with the reason.
    struct Quote: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "quote",
            abstract: "What a member pays for a year, and why: band, figures, months charged, VAT.",
            discussion: "\(FeesQuote.callLine).\n\nEXAMPLES:\n  networkctl fees quote 12\n  networkctl fees quote 12 --year 2026 --starts-on 2026-11-05")

        @OptionGroup var globals: GlobalOptions
        @Argument(help: ArgumentHelp("The member's id.", valueName: "member"))
        var member: Int64
        @Option(help: ArgumentHelp("The calendar year it starts in (default: the latest open year).", valueName: "start-year"))
        var year: Int?
        @Option(help: ArgumentHelp("The first day charged, YYYY-MM-DD (default: its period's start).", valueName: "date"))
        var startsOn: String?

        func run() throws {
            let style = globals.style
            let startYear = try year ?? FeesCommand.latestYear(globals)
            try globals.perform(FeesQuote.self, .init(memberId: member, startYear: startYear, startsOn: startsOn)) { quote in
                var table = Table()
                table.append(["member", "\(quote.memberName) (\(quote.memberId))"])
                table.append(["year", quote.yearLabel])
                table.append(["tier", "\(quote.tier) (\(quote.kind)\(quote.isCouncil ? ", a council" : ""))"])
                if let band = quote.band {
                    let to = band.upperBound.map { $0.groupedInThousands } ?? "and above"
                    table.append(["band", "\(band.position) by \(band.measure.rawValue): \(band.lowerBound.groupedInThousands) to \(to), figure \(band.value.groupedInThousands)"])
                }
                table.append(["figures", quote.figuresSource])
                table.append(["a year", BillingFormat.money(quote.annualFee, quote.currency)])
                table.append(["charged", "\(quote.months) of 12 months from \(quote.startsOn) (\(quote.proRata.rawValue))"])
                table.append(["net", BillingFormat.money(quote.net, quote.currency)])
                table.append(["VAT", "\(vat(quote.vatBasisPoints))  \(BillingFormat.money(quote.vat, quote.currency))"])
                table.append(["total", style.bold(BillingFormat.money(quote.gross, quote.currency))])
                table.append(["why", quote.reason])
                Terminal.out(table.render(style: style))
            }
        }
    }

    /// The latest open year, for verbs whose year defaults to it.
    ///
    /// - Throws: exit 1 when no year is open.
    static func latestYear(_ globals: GlobalOptions) throws -> Int {
        guard let year = try globals.fetch(YearList.self, NoParams()).years.first?.startYear else {
            Terminal.error("no membership year is open: networkctl year open")
            throw ExitCode.failure
        }
        return year
    }
}
