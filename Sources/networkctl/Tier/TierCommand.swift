import AdminProtocol
import ArgumentParser

/// `networkctl tier list`: the tiers, the kinds that qualify for each, and every kind.
struct TierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tier",
        abstract: "Show the membership tiers and which organisation kinds qualify for each.",
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self
    )

    /// `networkctl tier list`: `tier.list` as two tables.
    ///
    /// Stdout: the tiers (VOTES, FEE and the qualifying kinds, "every kind" when all qualify),
    /// a blank line, then every organisation kind; with `--json`, the method's result.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the tiers, the kinds that qualify for each, and every organisation kind.",
            discussion: """
                \(TierList.callLine). VOTES: members of the tier are \
                in a ballot's default electorate; FEE: they pay a subscription. COUNCIL: the kind \
                states population and controllable budget.

                EXAMPLES:
                  networkctl tier list
                  networkctl --json tier list | jq '.tiers[] | {code, qualifyingKinds}'
                """
        )

        @OptionGroup var globals: GlobalOptions

        func run() throws {
            let style = globals.style
            try globals.perform(TierList.self, NoParams()) { result in
                let everyKind = Set(result.kinds.map(\.code))
                var tiers = Table(header: ["TIER", "NAME", "VOTES", "FEE", "QUALIFYING KINDS"])
                for tier in result.tiers {
                    let kinds = Set(tier.qualifyingKinds) == everyKind ? "every kind" : HumanFormat.list(tier.qualifyingKinds)
                    tiers.append([tier.code, tier.name, tier.votes ? "yes" : "no", tier.paysFee ? "yes" : "no", kinds])
                }
                var kinds = Table(header: ["KIND", "NAME", "COUNCIL"])
                for kind in result.kinds {
                    kinds.append([kind.code, kind.name, kind.isCouncil ? "yes" : "no"])
                }
                Terminal.out(tiers.render(style: style) + "\n\n" + kinds.render(style: style))
            }
        }
    }
}
