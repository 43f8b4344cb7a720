import AdminProtocol
import ArgumentParser
import NetworkCore

/// `networkctl member …`: the network's members, their details and their lifecycle.
///
/// Each verb calls one `member.*` method; the lifecycle verbs (suspend, reinstate, resign,
/// terminate, change-tier) are in `MemberLifecycleCommands.swift`.
struct MemberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "member",
        abstract: "List, show, add and edit members; suspend, reinstate, resign, terminate, change tier.",
        discussion: """
            Members are organisations (and, for supporters, individuals) of a tier their kind \
            qualifies for (`networkctl tier list`). Applicants come in through \
            `networkctl application`; `member add` enters an active member directly.
            """,
        subcommands: [
            List.self, Show.self, Add.self, Edit.self, History.self,
            Suspend.self, Reinstate.self, Resign.self, Terminate.self, ChangeTier.self, CancelChange.self,
        ],
        defaultSubcommand: List.self
    )

    /// A member as key/value lines; budgets in the network's currency.
    static func summary(_ member: MemberWire, currency: Currency, style: Style) -> String {
        var table = Table()
        table.append(["id", String(member.id)])
        table.append(["name", style.bold(member.name)])
        table.append(["tier", member.tier])
        table.append(["status", statusText(member.status, style: style)])
        table.append(["kind", member.kind])
        table.append(["nation", member.nation.rawValue])
        if let region = member.region { table.append(["region", region]) }
        if let website = member.website { table.append(["website", website]) }
        if let population = member.population { table.append(["population", population.groupedInThousands]) }
        if let revenue = member.budgetRevenue {
            table.append(["revenue budget", Money(minorUnits: revenue, currency: currency).formatted])
        }
        if let capital = member.budgetCapital {
            table.append(["capital budget", Money(minorUnits: capital, currency: currency).formatted])
        }
        table.append(["member since", member.memberSince ?? "-"])
        table.append(["PO required", member.poRequired ? "yes" : "no"])
        table.append(["version", String(member.version)])
        table.append(["updated", HumanFormat.timestamp(member.updatedAt)])
        return table.render(style: style)
    }

    /// A status, coloured by what it means: green current, yellow at risk, red gone.
    static func statusText(_ status: MemberStatus, style: Style) -> String {
        switch status {
        case .active: style.green(status.rawValue)
        case .lapsed, .suspended, .applicant: style.yellow(status.rawValue)
        case .resigned, .terminated, .rejected: style.red(status.rawValue)
        }
    }

    /// Calls a method whose result is one member and prints it (or, with `--json`, the result).
    static func performShowingMember<M: AdminMethod>(_ method: M.Type, _ params: M.Params, globals: GlobalOptions) throws
    where M.Result == MemberWire {
        let style = globals.style
        try globals.perform(method, params) { member in
            let currency = try globals.session().networkCurrency()
            Terminal.out(summary(member, currency: currency, style: style))
        }
    }

    /// Parses a budget option (major units, as people write them) into minor units.
    ///
    /// - Throws: `ValidationError` (exit 64) naming the option.
    static func budget(_ text: String?, option: String, globals: GlobalOptions) throws -> Int64? {
        guard let text else { return nil }
        let currency = try globals.session().networkCurrency()
        guard let amount = Money(parsing: text, currency: currency) else {
            throw ValidationError(
                "\(option) '\(text)' is not an amount of \(currency): write it like 1234567.89, 1,234,567.89 or \(Money(minorUnits: 123_456_789, currency: currency).formatted)")
        }
        return amount.minorUnits
    }

    /// `networkctl member list`: `member.list`, one page or every page.
    ///
    /// Stdout: ID, NAME, TIER, STATUS, KIND, REGION, SINCE; "no members" and the next page's
    /// `--after` go to stderr. With `--json`, one page's result, or with `--all` one document of
    /// every page's members.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List members by name, with filters.",
            discussion: """
                \(MemberList.callLine). Lists current members (active, lapsed, \
                suspended) unless --status asks for others: applicants, rejected, former or all. \
                Shows one page (50 by default); when \
                there are more, stderr says which --after to pass for the next one. --all follows \
                the cursors and prints every page as one list (with --json: one result whose \
                nextCursor is null).

                EXAMPLES:
                  networkctl member list
                  networkctl member list --tier full --status active --region 'North West'
                  networkctl member list --status applicant --status rejected
                  networkctl member list --status all --search oldham
                  networkctl member list --search council --all
                  networkctl --json member list --all | jq -r '.members[].name'
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Option(help: ArgumentHelp("Only members of this tier (full, associate, affiliate, supporter).", valueName: "tier"))
        var tier: String?

        @Option(help: ArgumentHelp(
            "Only members in this status or group: a status, current (active, lapsed, suspended; the default), former (resigned, terminated) or all. Repeat to list several.",
            valueName: "status"))
        var status: [MemberStatusFilter] = []

        @Option(help: ArgumentHelp("Only members of this organisation kind, e.g. unitary.", valueName: "kind"))
        var kind: String?

        @Option(help: ArgumentHelp("Only members in this region.", valueName: "region"))
        var region: String?

        @Option(help: ArgumentHelp("Only members whose name contains this text (any case).", valueName: "text"))
        var search: String?

        @Option(parsing: .unconditional, help: "At most this many members per page (1–500; the daemon's default is 50).")
        var limit: Int?

        @Option(help: ArgumentHelp("Continue after this cursor, from the previous page.", valueName: "cursor"))
        var after: String?

        @Flag(help: "Follow the cursors and list every matching member.")
        var all = false

        /// With `--all`, calls `member.list` once per page over the one connection, keeping each
        /// page's raw members for `--json` so the document holds exactly what the daemon sent.
        func run() throws {
            var params = MemberList.Params(tier: tier, status: status.isEmpty ? nil : status, kind: kind, region: region, search: search,
                                           limit: limit, after: after)
            if !all {
                let style = globals.style
                try globals.perform(MemberList.self, params) { page in
                    Self.print(page.members, style: style)
                    if let next = page.nextCursor { Terminal.note("next page: --after \(next)") }
                }
                return
            }
            var members: [MemberWire] = []
            var raw: [JSONValue] = []
            while true {
                let value = try globals.call(MemberList.name, params: try JSONCoding.value(of: params))
                let page = try GlobalOptions.decode(MemberList.self, value)
                members += page.members
                raw += value["members"]?.arrayValue ?? []
                guard let next = page.nextCursor else { break }
                params.after = next
            }
            if globals.json {
                Terminal.out(PrettyJSON.render(.object(["members": .array(raw), "nextCursor": .null])))
            } else {
                Self.print(members, style: globals.style)
            }
        }

        /// The members as a table, or a note on stderr when there are none.
        static func print(_ members: [MemberWire], style: Style) {
            if members.isEmpty {
                Terminal.note("no members")
                return
            }
            var table = Table(header: ["ID", "NAME", "TIER", "STATUS", "KIND", "REGION", "SINCE"])
            for member in members {
                table.append([String(member.id), member.name, member.tier, member.status.rawValue, member.kind,
                              member.region ?? "", member.memberSince ?? ""])
            }
            Terminal.out(table.render(style: style))
        }
    }

    /// `networkctl member show ID`: `member.get`.
    ///
    /// Stdout: the member as key/value lines, budgets formatted in the network's currency (a
    /// second call, `network.get`); with `--json`, the result. An unknown id exits 1.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one member's details.",
            discussion: """
                \(MemberGet.callLine). \
                Budgets are shown in the network's currency.

                EXAMPLES:
                  networkctl member show 12
                  networkctl --token-file ~/.config/networkd/token member show 12
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Argument(help: ArgumentHelp("The member's id.", valueName: "id"))
        var id: Int64

        func run() throws {
            try MemberCommand.performShowingMember(MemberGet.self, MemberRef(id: id), globals: globals)
        }
    }

    /// `networkctl member history ID`: `member.history`.
    ///
    /// Stdout: one row per status or tier change, oldest first; "no history" goes to stderr.
    /// With `--json`, the result.
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract: "Show every status and tier change of a member: who, when and why.",
            discussion: """
                \(MemberHistory.callLine). \
                Oldest first; a tier change shows the organisation kind (both kinds when the \
                kind changed with the tier) and the date it takes effect.

                EXAMPLES:
                  networkctl member history 12
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Argument(help: ArgumentHelp("The member's id.", valueName: "id"))
        var id: Int64

        func run() throws {
            let style = globals.style
            try globals.perform(MemberHistory.self, MemberRef(id: id)) { history in
                if history.entries.isEmpty {
                    Terminal.note("no history")
                    return
                }
                var table = Table(header: ["TIME", "CHANGE", "FROM", "TO", "KIND", "EFFECTIVE", "ACTOR", "REASON"])
                for entry in history.entries {
                    // A tier entry's kind; "political_group → county" when the kind changed with the tier.
                    var kind = entry.toKind ?? ""
                    if let fromKind = entry.fromKind, fromKind != kind { kind = "\(fromKind) → \(kind)" }
                    // A change scheduled for later: "tier pending#3", applied by the scheduler on EFFECTIVE.
                    let change = entry.pending == true ? "\(entry.change) pending#\(entry.scheduledChangeId.map(String.init) ?? "?")" : entry.change
                    table.append([HumanFormat.timestamp(entry.at), change, entry.from ?? "-", entry.to, kind,
                                  entry.effectiveOn ?? "", entry.actor, entry.reason ?? ""])
                }
                Terminal.out(table.render(style: style))
            }
        }
    }
}
