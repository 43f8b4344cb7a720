import AdminProtocol
import ArgumentParser

extension TierCommand {
    /// `networkctl tier show CODE`: `tier.get` as key/value lines.
    ///
    /// Stdout: the tier's code, name, whether its members vote and pay a fee, and its qualifying
    /// kinds; with `--json`, the method's result. A code no tier has exits 1 (`not_found`), the daemon's message on stderr.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one tier: whether its members vote and pay a fee, and the kinds that qualify.",
            discussion: """
                \(TierGet.callLine) and prints the tier.

                EXAMPLES:
                  networkctl tier show associate
                  networkctl --json tier show full | jq .qualifyingKinds
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Argument(help: ArgumentHelp("The tier's code (from `networkctl tier list`), e.g. associate.", valueName: "code"))
        var code: String

        /// Calls `tier.get` and prints the tier.
        func run() throws {
            let style = globals.style
            try globals.perform(TierGet.self, TierGet.Params(code: code)) { tier in
                var table = Table()
                table.append(["tier", style.bold(tier.code)])
                table.append(["name", tier.name])
                table.append(["votes", tier.votes ? "yes" : "no"])
                table.append(["fee", tier.paysFee ? "yes" : "no"])
                table.append(["qualifying kinds", HumanFormat.list(tier.qualifyingKinds)])
                Terminal.out(table.render(style: style))
            }
        }
    }
}
