import AdminProtocol
import ArgumentParser

/// `networkctl`: the admin CLI of networkd, one small command per verb.
///
/// Every verb is a thin wrapper over one admin-socket method (`call` reaches any of them), so
/// the CLI adds no rules of its own: what may be done, by whom, is decided by the daemon.
@main
struct Networkctl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "networkctl",
        abstract: "Administer networkd, the membership-network daemon, through its admin socket.",
        discussion: """
            Each verb calls one JSON-RPC method of networkd's admin socket and prints its result: \
            aligned tables for people, or with --json only the method's result as one JSON \
            document on stdout. Diagnostics always go to stderr.

            This is NOT systemd's networkctl. systemd-networkd's tool stays at /usr/bin/networkctl \
            for scripts and services; this one lives in /usr/lib/networkd/bin/ and is reached \
            through a shell alias. Verbs that only systemd's tool has (list, lldp, up, down, renew, \
            forcerenew, reconfigure, label, delete, cat, persistent-storage) print where that tool \
            is and exit 64.

            EXAMPLES:
              networkctl status
              networkctl --json status | jq .pool
              networkctl audit list --method \(NetworkUpdate.name) --limit 20
              networkctl watch --area billing
              networkctl network edit --time-zone Europe/London --expected-version 3
              networkctl member list --tier full --status active
              networkctl application approve 3 --starts-on 2026-04-01
              networkctl token issue 41 > token
              networkctl --token-file token member show 12
              networkctl call \(DaemonStatus.name) '{}'
              echo '{"limit": 5}' | networkctl call \(AuditList.name) -
              NETWORKCTL_SOCKET=/tmp/x/admin.sock networkctl status

            ENVIRONMENT:
              NETWORKCTL_SOCKET  the admin socket, when --socket is not given
                                 (default /run/networkd/admin.sock)
              NETWORKCTL_TOKEN   a member token to present first, when --token-file
                                 is not given: the command then acts as that
                                 member contact
              NO_COLOR           if set, never colour the output

            \(ExitCode.helpText)
            """,
        subcommands: [
            StatusCommand.self,
            ReloadCommand.self,
            AuditCommand.self,
            WatchCommand.self,
            NetworkCommand.self,
            MemberCommand.self,
            ApplicationCommand.self,
            ContactCommand.self,
            TokenCommand.self,
            TierCommand.self,
            YearCommand.self,
            BillingCommand.self,
            FeesCommand.self,
            InvoiceCommand.self,
            PaymentCommand.self,
            CreditCommand.self,
            ReportCommand.self,
            JobCommand.self,
            RenewalCommand.self,
            OutboxCommand.self,
            MethodsCommand.self,
            CallCommand.self,
        ] + SystemdVerbs.all
    )

    /// Here as well as on each verb, so that the global options may come before the verb.
    @OptionGroup var globals: GlobalOptions

    /// Parses and runs the verb, as ArgumentParser's own `main()` does, but: `call` and `status`
    /// are read directly (``DirectInvocation``, no reflection at start-up); an unknown verb is
    /// reported as one (`CommandLineCheck`), and a usage error found while the verb runs (a
    /// `ValidationError`, such as a budget that is not an amount) shows that verb's usage, not
    /// the root's. Both exit 64.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let direct = DirectInvocation(arguments) {
            do {
                try direct.run()
            } catch {
                Self.exit(withError: error)
            }
            return
        }
        if let problem = CommandLineCheck.unknownVerb(in: arguments) {
            Terminal.error(problem)
            Self.exit(withError: ExitCode.usage)
        }
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            Self.exit(withError: error)
        }
        do {
            try command.run()
        } catch let error as ValidationError {
            let verb = type(of: command)
            let words = (["networkctl"] + (CommandLineCheck.path(to: verb) ?? [])).joined(separator: " ")
            Terminal.note("Error: \(error.message)")
            Terminal.note("Usage: \(usageString(for: verb))")
            Terminal.note("  See '\(words) --help' for more information.")
            Self.exit(withError: ExitCode.usage)
        } catch {
            Self.exit(withError: error)
        }
    }
}
