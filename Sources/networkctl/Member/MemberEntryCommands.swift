import AdminProtocol
import ArgumentParser
import NetworkCore

extension MemberCommand {
    /// `networkctl member add`: `member.create`, direct entry of an active member.
    ///
    /// Stdout: the new member as `member show` prints it. Exit codes: 64 for a budget that is not
    /// an amount, 65 for data the daemon refuses (a kind that does not qualify, a duplicate name).
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Enter an active member directly, without an application (\(MemberCreate.roleNames)).",
            discussion: """
                \(MemberCreate.callLine) and prints the new member. Councils give \
                --population and their controllable budgets; budgets are amounts in the \
                network's currency (1234567.89, 1,234,567.89 or £1,234,567.89). A kind that does \
                not qualify for the tier exits 65 naming the kinds that do.

                EXAMPLES:
                  networkctl member add --name 'Oldham Council' --tier full \\
                    --kind metropolitan_borough --nation england --region 'North West' \\
                    --population 242100 --budget-revenue 412,000,000 \\
                    --budget-capital 96,500,000 --member-since 2021-04-01
                  networkctl member add --name 'Jo Bloggs' --kind individual \\
                    --tier supporter --nation wales
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Option(help: "The organisation's name (unique among current members).")
        var name: String

        @Option(help: ArgumentHelp("The organisation kind, e.g. unitary (see `networkctl tier list`).", valueName: "kind"))
        var kind: String

        @Option(help: ArgumentHelp("The tier: full, associate, affiliate or supporter.", valueName: "tier"))
        var tier: String

        @Option(help: ArgumentHelp("Where the member is.", valueName: "nation"))
        var nation: Nation

        @Option(help: ArgumentHelp("The region, e.g. 'North West'.", valueName: "region"))
        var region: String?

        @Option(help: ArgumentHelp("The website, http:// or https://.", valueName: "url"))
        var website: String?

        @Option(parsing: .unconditional, help: ArgumentHelp("A council's population.", valueName: "people"))
        var population: Int?

        @Option(parsing: .unconditional, help: ArgumentHelp("A council's controllable revenue budget, e.g. 412,000,000.", valueName: "amount"))
        var budgetRevenue: String?

        @Option(parsing: .unconditional, help: ArgumentHelp("A council's controllable capital budget.", valueName: "amount"))
        var budgetCapital: String?

        @Option(help: ArgumentHelp("The date membership started, YYYY-MM-DD (default: today; not later, nor before the network's founding year).", valueName: "date"))
        var memberSince: String?

        @Flag(help: "The member needs a purchase order number on its invoices.")
        var poRequired = false

        @OptionGroup var idempotency: IdempotencyOption

        /// Parses the budgets first, in the network's currency (read with `network.get`); one that
        /// does not parse exits 64 with this verb's usage, before anything is created.
        func run() throws {
            let params = MemberCreate.Params(
                name: name, kind: kind, tier: tier, nation: nation, region: region, website: website, population: population,
                budgetRevenue: try MemberCommand.budget(budgetRevenue, option: "--budget-revenue", globals: globals),
                budgetCapital: try MemberCommand.budget(budgetCapital, option: "--budget-capital", globals: globals),
                memberSince: memberSince, poRequired: poRequired ? true : nil, idempotencyKey: idempotency.idempotencyKey)
            try MemberCommand.performShowingMember(MemberCreate.self, params, globals: globals)
        }
    }

    /// `networkctl member edit ID`: `member.update` with the fields given.
    ///
    /// Stdout: the member as it is now. A stale `--expected-version` exits 65 (conflict).
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change a member's details; details left out keep their value.",
            discussion: """
                \(MemberUpdate.callLine) and prints the member as it is now. Tier and status \
                change through change-tier and the lifecycle verbs. Give --expected-version (the \
                version `member show` printed) so two people cannot overwrite each other.

                EXAMPLES:
                  networkctl member edit 12 --website https://oldham.example \\
                    --expected-version 3
                  networkctl member edit 12 --budget-revenue 420,500,000 --no-po-required
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Argument(help: ArgumentHelp("The member's id.", valueName: "id"))
        var id: Int64

        @Option(help: "The organisation's name.")
        var name: String?

        @Option(help: ArgumentHelp("The organisation kind (it must still qualify for the tier).", valueName: "kind"))
        var kind: String?

        @Option(help: ArgumentHelp("Where the member is.", valueName: "nation"))
        var nation: Nation?

        @Option(help: ArgumentHelp("The region.", valueName: "region"))
        var region: String?

        @Option(help: ArgumentHelp("The website, http:// or https://.", valueName: "url"))
        var website: String?

        @Option(parsing: .unconditional, help: ArgumentHelp("A council's population.", valueName: "people"))
        var population: Int?

        @Option(parsing: .unconditional, help: ArgumentHelp("A council's controllable revenue budget.", valueName: "amount"))
        var budgetRevenue: String?

        @Option(parsing: .unconditional, help: ArgumentHelp("A council's controllable capital budget.", valueName: "amount"))
        var budgetCapital: String?

        /// Optional, so that leaving out both `--po-required` and `--no-po-required` changes nothing.
        @Flag(inversion: .prefixedNo, help: "Whether invoices need a purchase order number.")
        var poRequired: Bool?

        @OptionGroup var version: ExpectedVersionOption
        @OptionGroup var idempotency: IdempotencyOption

        /// Refuses an edit that names no detail before connecting (exit 64); the version and the
        /// idempotency key alone change nothing.
        func validate() throws {
            let given: [Any?] = [name, kind, nation, region, website, population, budgetRevenue, budgetCapital, poRequired]
            if given.allSatisfy({ $0 == nil }) {
                throw ValidationError("""
                    Nothing to change: give at least one of --name, --kind, --nation, --region, --website, \
                    --population, --budget-revenue, --budget-capital, --po-required/--no-po-required.
                    """)
            }
        }

        /// Parses the budgets as `member add` does (exit 64 for one that is not an amount).
        func run() throws {
            let params = MemberUpdate.Params(
                id: id, name: name, kind: kind, nation: nation, region: region, website: website, population: population,
                budgetRevenue: try MemberCommand.budget(budgetRevenue, option: "--budget-revenue", globals: globals),
                budgetCapital: try MemberCommand.budget(budgetCapital, option: "--budget-capital", globals: globals),
                poRequired: poRequired, expectedVersion: version.expectedVersion, idempotencyKey: idempotency.idempotencyKey)
            try MemberCommand.performShowingMember(MemberUpdate.self, params, globals: globals)
        }
    }
}
