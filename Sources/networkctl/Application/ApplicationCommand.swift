import AdminProtocol
import ArgumentParser
import NetworkCore

/// `networkctl application …`: applications to join, from submission to decision.
///
/// The path: `submit` (the organisation becomes an applicant) → `recommend` (the values board)
/// → `approve` (the executive committee; the member becomes active) or `reject`.
struct ApplicationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "application",
        abstract: "Submit, list, recommend, approve and reject applications to join.",
        discussion: """
            An application is submitted, recommended by the values board (approve or reject, \
            with a note), then approved — the applicant becomes an active member from a start \
            date — or rejected with a reason.
            """,
        subcommands: [Submit.self, List.self, Show.self, Recommend.self, Approve.self, Reject.self],
        defaultSubcommand: List.self
    )

    /// An application as key/value lines.
    static func summary(_ application: ApplicationWire, style: Style) -> String {
        var table = Table()
        table.append(["application", String(application.id)])
        table.append(["member", "\(application.memberId) \(style.bold(application.memberName))"])
        table.append(["tier sought", application.tierSought])
        table.append(["status", statusText(application.status, style: style)])
        table.append(["submitted", "\(HumanFormat.timestamp(application.submittedAt)) by \(application.submittedBy)"])
        if let recommendation = application.recommendation {
            var text = recommendation
            if let by = application.recommendedBy, let at = application.recommendedAt {
                text += " (\(HumanFormat.timestamp(at)) by \(by))"
            }
            table.append(["recommendation", text])
        }
        if let note = application.recommendationNote { table.append(["note", note]) }
        if let decidedAt = application.decidedAt {
            table.append(["decided", "\(HumanFormat.timestamp(decidedAt)) by \(application.decidedBy ?? "?")"])
        }
        if let reason = application.decisionReason { table.append(["reason", reason]) }
        if let startsOn = application.startsOn { table.append(["starts on", startsOn]) }
        table.append(["statement", oneLine(application.statement, limit: 72)])
        table.append(["version", String(application.version)])
        return table.render(style: style)
    }

    /// An application's status, coloured: green approved, red rejected, yellow still open.
    static func statusText(_ status: String, style: Style) -> String {
        switch status {
        case "approved": style.green(status)
        case "rejected": style.red(status)
        default: style.yellow(status)
        }
    }

    /// `text` on one line, cut at `limit` characters with an ellipsis.
    static func oneLine(_ text: String, limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }

    /// Calls a method whose result is one application and prints it.
    static func performShowingApplication<M: AdminMethod>(_ method: M.Type, _ params: M.Params, globals: GlobalOptions)
        throws where M.Result == ApplicationWire
    {
        let style = globals.style
        try globals.perform(method, params) { application in
            Terminal.out(summary(application, style: style))
        }
    }

    /// `networkctl application submit`: `application.submit`, which also enters the applicant.
    ///
    /// Stdout: the new application as `application show` prints it. Exit codes: 64 for a missing
    /// or doubled statement or a budget that is not an amount, 1 for an unreadable statement
    /// file, 65 for data the daemon refuses.
    struct Submit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "submit",
            abstract: "Record an application for a tier (\(ApplicationSubmit.roleNames)).",
            discussion: """
                \(ApplicationSubmit.callLine): the organisation becomes a member in \
                status applicant, and the application waits for the values board. The statement \
                of commitment to co-operative values is 20–10,000 characters: give it with \
                --statement, or --statement-file (- reads stdin). Councils give --population and \
                their controllable budgets, as amounts in the network's currency. A kind that \
                does not qualify for the tier exits 65 naming the kinds that do.

                EXAMPLES:
                  networkctl application submit --name 'Calderdale Council' --tier full \\
                    --kind metropolitan_borough --nation england --population 206600 \\
                    --budget-revenue 198,500,000 --budget-capital 73,000,000 \\
                    --statement-file statement.txt
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Option(help: "The organisation's name.")
        var name: String

        @Option(help: ArgumentHelp("The organisation kind, e.g. unitary (see `networkctl tier list`).", valueName: "kind"))
        var kind: String

        @Option(help: ArgumentHelp("The tier sought.", valueName: "tier"))
        var tier: String

        @Option(help: ArgumentHelp("Where the organisation is.", valueName: "nation"))
        var nation: Nation

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

        @Option(help: ArgumentHelp("The statement of commitment to co-operative values.", valueName: "text"))
        var statement: String?

        @Option(help: ArgumentHelp("Read the statement from this file (- for stdin).", valueName: "path"),
                completion: .file())
        var statementFile: String?

        @OptionGroup var idempotency: IdempotencyOption

        /// Refuses, before connecting (exit 64), neither or both of `--statement` and
        /// `--statement-file`.
        func validate() throws {
            if (statement == nil) == (statementFile == nil) {
                throw ValidationError("Give the statement with exactly one of --statement and --statement-file.")
            }
        }

        /// Reads the statement file (or stdin) and parses the budgets before the call; the
        /// statement is sent trimmed, so its length is what the daemon checks.
        func run() throws {
            let text = try statement ?? TextFile.contents(of: statementFile ?? "-", purpose: "the statement file")
            let params = ApplicationSubmit.Params(
                name: name, kind: kind, tier: tier, nation: nation, region: region, website: website, population: population,
                budgetRevenue: try MemberCommand.budget(budgetRevenue, option: "--budget-revenue", globals: globals),
                budgetCapital: try MemberCommand.budget(budgetCapital, option: "--budget-capital", globals: globals),
                statement: TextFile.trimmed(text), idempotencyKey: idempotency.idempotencyKey)
            try ApplicationCommand.performShowingApplication(ApplicationSubmit.self, params, globals: globals)
        }
    }

    /// `networkctl application list`: one page of `application.list`.
    ///
    /// Stdout: ID, MEMBER, NAME, TIER, STATUS, RECOMMENDATION, SUBMITTED; "no applications" and
    /// the next page's `--after` go to stderr. With `--json`, the page.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List applications, newest first.",
            discussion: """
                \(ApplicationList.callLine). Shows one page; when there are \
                more, stderr says which --after to pass for the next one.

                EXAMPLES:
                  networkctl application list
                  networkctl application list --status recommended
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Option(help: ArgumentHelp("Only applications in this status: submitted, recommended, approved or rejected.",
                                   valueName: "status"))
        var status: String?

        @Option(parsing: .unconditional, help: "At most this many applications.")
        var limit: Int?

        @Option(parsing: .unconditional, help: ArgumentHelp("Continue after this cursor, from the previous page.", valueName: "cursor"))
        var after: Int64?

        func run() throws {
            let style = globals.style
            try globals.perform(ApplicationList.self, .init(status: status, limit: limit, after: after)) { page in
                if page.applications.isEmpty {
                    Terminal.note("no applications")
                } else {
                    var table = Table(header: ["ID", "MEMBER", "NAME", "TIER", "STATUS", "RECOMMENDATION", "SUBMITTED"])
                    for application in page.applications {
                        table.append([String(application.id), String(application.memberId), application.memberName,
                                      application.tierSought, application.status, application.recommendation ?? "",
                                      HumanFormat.timestamp(application.submittedAt)])
                    }
                    Terminal.out(table.render(style: style))
                }
                if let next = page.nextCursor { Terminal.note("next page: --after \(next)") }
            }
        }
    }

    /// The values board's recommendation, as `--approve` or `--reject`.
    enum Recommendation: String, EnumerableFlag {
        case approve
        case reject

        static func help(for value: Self) -> ArgumentHelp? {
            switch value {
            case .approve: "The values board recommends approval."
            case .reject: "The values board recommends rejection."
            }
        }
    }

    /// `networkctl application recommend ID --approve|--reject [--note TEXT]`
    ///
    /// Stdout: the application as it is now. The board may revise its recommendation until the
    /// application is decided; a decided one exits 65.
    struct Recommend: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "recommend",
            abstract: "Record the values board's recommendation (\(ApplicationRecommend.roleNames)).",
            discussion: """
                \(ApplicationRecommend.callLine) and prints the application.

                EXAMPLES:
                  networkctl application recommend 3 --approve --note 'A strong record'
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Argument(help: ArgumentHelp("The application's id.", valueName: "id"))
        var id: Int64

        /// No default, so ArgumentParser requires exactly one of `--approve` and `--reject`.
        @Flag var recommendation: Recommendation

        @Option(help: ArgumentHelp("The board's note.", valueName: "text"))
        var note: String?

        @OptionGroup var version: ExpectedVersionOption
        @OptionGroup var idempotency: IdempotencyOption

        func run() throws {
            let params = ApplicationRecommend.Params(
                id: id, recommendation: recommendation.rawValue, note: note, expectedVersion: version.expectedVersion,
                idempotencyKey: idempotency.idempotencyKey)
            try ApplicationCommand.performShowingApplication(ApplicationRecommend.self, params, globals: globals)
        }
    }

    /// `networkctl application approve ID [--starts-on DATE]`
    ///
    /// Stdout: the application as it is now (the member's own record is `member show`'s). An
    /// application not yet recommended, or a future `--starts-on`, exits 65.
    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "approve",
            abstract: "Approve a recommended application: the applicant becomes an active member (\(ApplicationApprove.roleNames)).",
            discussion: """
                \(ApplicationApprove.callLine) and prints the application; \
                `networkctl member show MEMBER` then shows the active member.

                EXAMPLES:
                  networkctl application approve 3 --starts-on 2026-04-01
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Argument(help: ArgumentHelp("The application's id.", valueName: "id"))
        var id: Int64

        @Option(help: ArgumentHelp("The date membership starts, YYYY-MM-DD (default: today; not later — approve on the day it starts).", valueName: "date"))
        var startsOn: String?

        @OptionGroup var version: ExpectedVersionOption
        @OptionGroup var idempotency: IdempotencyOption

        func run() throws {
            let params = ApplicationApprove.Params(
                id: id, startsOn: startsOn, expectedVersion: version.expectedVersion, idempotencyKey: idempotency.idempotencyKey)
            try ApplicationCommand.performShowingApplication(ApplicationApprove.self, params, globals: globals)
        }
    }

    /// `networkctl application reject ID --reason TEXT`
    ///
    /// Stdout: the application as it is now; one already decided exits 65.
    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reject",
            abstract: "Reject an application, with a reason (\(ApplicationReject.roleNames)).",
            discussion: """
                \(ApplicationReject.callLine): the applicant's status becomes rejected.

                EXAMPLES:
                  networkctl application reject 4 --reason 'Not a public body'
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Argument(help: ArgumentHelp("The application's id.", valueName: "id"))
        var id: Int64

        @Option(help: ArgumentHelp("Why (required; recorded).", valueName: "text"))
        var reason: String

        @OptionGroup var version: ExpectedVersionOption
        @OptionGroup var idempotency: IdempotencyOption

        func run() throws {
            let params = ApplicationReject.Params(
                id: id, reason: reason, expectedVersion: version.expectedVersion, idempotencyKey: idempotency.idempotencyKey)
            try ApplicationCommand.performShowingApplication(ApplicationReject.self, params, globals: globals)
        }
    }
}
