#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import AdminProtocol
import ArgumentParser

/// `networkctl token …`: member tokens, which let a member contact act on its own member.
struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Issue, list and revoke member tokens.",
        discussion: """
            A member token lets one contact act for its member: `networkctl --token-file FILE …` \
            (or NETWORKCTL_TOKEN) presents it first, and the command then has the member role \
            only — its own member's record and contacts, nothing of other members'. networkd \
            keeps only a SHA-256 hash: the secret is shown once, by `token issue`.
            """,
        subcommands: [Issue.self, List.self, Revoke.self],
        defaultSubcommand: List.self
    )

    /// A token as key/value lines (never its secret: the daemon does not have it).
    static func summary(_ token: TokenWire, style: Style) -> String {
        var table = Table()
        table.append(["token", String(token.id)])
        table.append(["prefix", token.prefix])
        table.append(["contact", String(token.contactId)])
        table.append(["member", String(token.memberId)])
        table.append(["state", stateText(token, style: style)])
        table.append(["issued", "\(HumanFormat.timestamp(token.createdAt)) by \(token.issuedBy)"])
        table.append(["expires", HumanFormat.timestamp(token.expiresAt)])
        if let revokedAt = token.revokedAt { table.append(["revoked", HumanFormat.timestamp(revokedAt)]) }
        table.append(["last used", token.lastUsedAt.map(HumanFormat.timestamp) ?? "never"])
        return table.render(style: style)
    }

    /// `revoked`, `expired` or `valid`.
    ///
    /// Expiry is judged here, against this machine's clock, to the minute: the strings compared
    /// are both in `HumanFormat.timestamp`'s UTC form, which sorts as time does.
    static func state(_ token: TokenWire) -> String {
        if token.revokedAt != nil { return "revoked" }
        return HumanFormat.timestamp(token.expiresAt) <= nowUTC() ? "expired" : "valid"
    }

    /// `state(_:)` coloured: green when valid, red when revoked or expired.
    static func stateText(_ token: TokenWire, style: Style) -> String {
        let state = state(token)
        return state == "valid" ? style.green(state) : style.red(state)
    }

    /// The current UTC time as `HumanFormat.timestamp` writes it: "2026-11-25 11:46".
    private static func nowUTC() -> String {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) \(two(parts.tm_hour)):\(two(parts.tm_min))"
    }

    /// `networkctl token issue CONTACT_ID`: the secret alone on stdout.
    ///
    /// Stdout is the secret and a newline, nothing else, so `> token` makes a usable token file;
    /// with `--json`, the whole result, secret included. Either way the reminder goes to stderr.
    struct Issue: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "issue",
            abstract: "Issue a member token to a contact; prints the secret once.",
            discussion: """
                \(TokenIssue.callLine). The secret alone goes to stdout, so it can go \
                straight into a file; what it is, and that it cannot be shown again, goes to \
                stderr. With --json the whole result, secret included, is printed.

                EXAMPLES:
                  networkctl token issue 41 > token && chmod 600 token
                  networkctl token issue 41 --expires-in-days 30
                  networkctl --token-file token member show 12
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Argument(help: ArgumentHelp("The contact the token is for.", valueName: "contact-id"))
        var contactId: Int64

        @Option(parsing: .unconditional, help: ArgumentHelp("Days until it expires (1–365; the daemon's default is 90).", valueName: "days"))
        var expiresInDays: Int?

        @OptionGroup var idempotency: IdempotencyOption

        func run() throws {
            let params = TokenIssue.Params(contactId: contactId, expiresInDays: expiresInDays,
                                           idempotencyKey: idempotency.idempotencyKey)
            let json = globals.json
            try globals.perform(TokenIssue.self, params) { result in
                let token = result.token
                Terminal.out(result.secret)
                Terminal.note("""
                    token \(token.id) for contact \(token.contactId) of member \(token.memberId), \
                    expires \(HumanFormat.timestamp(token.expiresAt)).
                    Store it now; it cannot be shown again.
                    """)
            }
            if json { Terminal.note("the result holds the token's secret: store it now; it cannot be shown again.") }
        }
    }

    /// `networkctl token list`: `token.list` as a table.
    ///
    /// Stdout: one row per token, its state worked out by `state(_:)`, never a secret; "no
    /// tokens" goes to stderr. With `--json`, the method's result.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List member tokens (never their secrets).",
            discussion: """
                \(TokenList.callLine). Valid tokens only, unless --all.

                EXAMPLES:
                  networkctl token list --member 12
                  networkctl token list --contact 41 --all
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Option(parsing: .unconditional, help: ArgumentHelp("Only tokens of this member.", valueName: "member-id"))
        var member: Int64?

        @Option(parsing: .unconditional, help: ArgumentHelp("Only tokens of this contact.", valueName: "contact-id"))
        var contact: Int64?

        @Flag(help: "Include revoked and expired tokens.")
        var all = false

        func run() throws {
            let style = globals.style
            let params = TokenList.Params(memberId: member, contactId: contact, all: all ? true : nil)
            try globals.perform(TokenList.self, params) { result in
                if result.tokens.isEmpty {
                    Terminal.note("no tokens")
                    return
                }
                var table = Table(header: ["ID", "PREFIX", "CONTACT", "MEMBER", "STATE", "EXPIRES", "LAST USED", "ISSUED BY"])
                for token in result.tokens {
                    table.append([String(token.id), token.prefix, String(token.contactId), String(token.memberId),
                                  TokenCommand.state(token), HumanFormat.timestamp(token.expiresAt),
                                  token.lastUsedAt.map(HumanFormat.timestamp) ?? "never", token.issuedBy])
                }
                Terminal.out(table.render(style: style))
            }
        }
    }

    /// `networkctl token revoke ID`: `token.revoke`, then the token as it is now (state revoked).
    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke",
            abstract: "Revoke a member token at once.",
            discussion: """
                \(TokenRevoke.callLine). Connections already authenticated with the \
                token lose access on their next call.

                EXAMPLES:
                  networkctl token revoke 7
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Argument(help: ArgumentHelp("The token's id (from `networkctl token list`).", valueName: "id"))
        var id: Int64

        @OptionGroup var idempotency: IdempotencyOption

        func run() throws {
            let style = globals.style
            try globals.perform(TokenRevoke.self, .init(id: id, idempotencyKey: idempotency.idempotencyKey)) { token in
                Terminal.out(TokenCommand.summary(token, style: style))
            }
        }
    }
}
