import AdminProtocol
import ArgumentParser

/// `networkctl audit …`: the audit trail of every change.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Read the audit trail: who changed what, when.",
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self
    )

    /// `networkctl audit list`: one page of `audit.list` as a table.
    ///
    /// Stdout: ID, TIME, ACTOR, METHOD, TARGET; "no audit entries" and the next page's
    /// `--after` go to stderr, so a piped table stays a table. With `--json`, the page itself.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List audit entries, newest first.",
            discussion: """
                \(AuditList.callLine). Shows one page; when there are more, \
                stderr says which --after to pass for the next one. The before and after \
                states of each entry are in the --json output.

                EXAMPLES:
                  networkctl audit list
                  networkctl audit list --method \(NetworkUpdate.name) --actor 'uid:0(root)'
                  networkctl audit list --limit 100 --after 4711
                  networkctl --json audit list | jq '.entries[] | {id, before, after}'
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Option(parsing: .unconditional, help: "At most this many entries (1–500; the daemon's default is 50).")
        var limit: Int?

        @Option(parsing: .unconditional, help: ArgumentHelp("Continue after this cursor, from the previous page.", valueName: "cursor"))
        var after: Int64?

        @Option(help: ArgumentHelp("Only entries of this method, e.g. \(NetworkUpdate.name).", valueName: "method"))
        var method: String?

        @Option(help: ArgumentHelp("Only entries by this actor, e.g. 'uid:0(root)'.", valueName: "actor"))
        var actor: String?

        @Option(help: ArgumentHelp("Only entries about this target, e.g. network.", valueName: "target"))
        var target: String?

        func run() throws {
            let params = AuditList.Params(limit: limit, after: after, method: method, actor: actor, target: target)
            let style = globals.style
            try globals.perform(AuditList.self, params) { page in
                if page.entries.isEmpty {
                    Terminal.note("no audit entries")
                } else {
                    var table = Table(header: ["ID", "TIME", "ACTOR", "METHOD", "TARGET"])
                    for entry in page.entries {
                        table.append([String(entry.id), HumanFormat.timestamp(entry.at), entry.actor, entry.method,
                                      entry.target ?? ""])
                    }
                    Terminal.out(table.render(style: style))
                }
                if let next = page.nextCursor {
                    Terminal.note("next page: --after \(next)")
                }
            }
            // With --json the cursor is in the result itself (`nextCursor`).
        }
    }
}
