import AdminProtocol
import ArgumentParser

/// `networkctl network …`: the network's own settings.
struct NetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Show or change the network's own settings.",
        subcommands: [Show.self, Edit.self],
        defaultSubcommand: Show.self
    )

    /// The settings as key/value lines, shared by `show` and `edit`.
    static func summary(_ profile: NetworkProfileWire, style: Style) -> String {
        Table(rows: [
            ["name", profile.name],
            ["short name", profile.shortName],
            ["time zone", profile.timeZone],
            ["currency", profile.currency],
            ["year starts", "\(HumanFormat.monthName(profile.yearStartMonth)) (month \(profile.yearStartMonth))"],
            ["founded", String(profile.foundingYear)],
            ["version", String(profile.version)],
        ]).render(style: style)
    }

    /// `networkctl network show`: `network.get`.
    ///
    /// Stdout: the settings as key/value lines, the version included for `--expected-version`;
    /// with `--json`, the method's result.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show the network's name, short name, time zone, currency and year start.",
            discussion: "\(NetworkGet.callLine)."
        )

        @OptionGroup var globals: GlobalOptions

        func run() throws {
            let style = globals.style
            try globals.perform(NetworkGet.self, NoParams()) { profile in
                Terminal.out(NetworkCommand.summary(profile, style: style))
            }
        }
    }

    /// `networkctl network edit`: `network.update` with the fields given.
    ///
    /// Stdout: the settings as they are after the change. A stale `--expected-version` exits 65
    /// (conflict), with the current version on stderr when the daemon sends it.
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change the network's settings; settings left out keep their value.",
            discussion: """
                \(NetworkUpdate.callLine) and prints the settings as they are now. \
                Give --expected-version (the version `network show` printed) so that two people \
                cannot overwrite each other: if it changed meanwhile, nothing is written and \
                networkctl exits 65. Give --idempotency-key to make a retry safe.

                EXAMPLES:
                  networkctl network edit --name 'Northern Growers' --short-name NG
                  networkctl network edit --time-zone Europe/London --expected-version 3
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Option(help: "The network's full name.")
        var name: String?

        @Option(help: "A short name, for invoice numbers and subjects.")
        var shortName: String?

        @Option(help: ArgumentHelp("An IANA time zone, e.g. Europe/London.", valueName: "zone"))
        var timeZone: String?

        @Option(help: ArgumentHelp("An ISO 4217 currency code, e.g. GBP.", valueName: "code"))
        var currency: String?

        @Option(parsing: .unconditional, help: ArgumentHelp("The month the membership year starts (1–12).", valueName: "month"))
        var yearStartMonth: Int?

        @Option(parsing: .unconditional, help: ArgumentHelp("The year the network was founded; earlier membership dates are refused.", valueName: "year"))
        var foundingYear: Int?

        @Option(parsing: .unconditional, help: ArgumentHelp("Refuse the change unless the settings are still at this version.", valueName: "version"))
        var expectedVersion: Int?

        @Option(help: ArgumentHelp("A key that makes retrying this exact change safe.", valueName: "key"))
        var idempotencyKey: String?

        /// Refuses an edit that names no setting before connecting (exit 64): the version and
        /// idempotency key alone change nothing.
        func validate() throws {
            if name == nil && shortName == nil && timeZone == nil && currency == nil && yearStartMonth == nil
                && foundingYear == nil
            {
                throw ValidationError(
                    "Nothing to change: give at least one of --name, --short-name, --time-zone, --currency, --year-start-month, --founding-year.")
            }
        }

        func run() throws {
            let params = NetworkUpdate.Params(
                name: name, shortName: shortName, timeZone: timeZone, currency: currency, yearStartMonth: yearStartMonth,
                foundingYear: foundingYear, expectedVersion: expectedVersion, idempotencyKey: idempotencyKey)
            let style = globals.style
            try globals.perform(NetworkUpdate.self, params) { profile in
                Terminal.out(NetworkCommand.summary(profile, style: style))
            }
        }
    }
}
