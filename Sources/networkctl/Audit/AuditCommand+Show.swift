import AdminProtocol
import ArgumentParser

extension AuditCommand {
    /// `networkctl audit show ID`: `audit.get`, with the states before and after the change.
    ///
    /// Stdout: the entry as key/value lines, then `before:` and `after:` as indented JSON (`-`
    /// when absent). An unknown id exits 1 (not found).
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one audit entry, with the state before and after.",
            discussion: """
                \(AuditGet.callLine) and prints the entry; its before and \
                after states are printed as indented JSON.

                EXAMPLES:
                  networkctl audit show 4711
                  networkctl --json audit show 4711 | jq .after
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Argument(help: ArgumentHelp("The entry's id (from `networkctl audit list`).", valueName: "id"))
        var id: Int64

        func run() throws {
            let style = globals.style
            try globals.perform(AuditGet.self, AuditGet.Params(id: id)) { entry in
                var table = Table()
                table.append(["entry", String(entry.id)])
                table.append(["time", HumanFormat.timestamp(entry.at)])
                table.append(["actor", "\(entry.actor) (\(entry.role))"])
                table.append(["method", entry.method])
                table.append(["target", entry.target ?? "-"])
                table.append(["request", entry.requestId])
                Terminal.out(table.render(style: style))
                Terminal.out("before: " + (entry.before.map(PrettyJSON.render) ?? "-"))
                Terminal.out("after: " + (entry.after.map(PrettyJSON.render) ?? "-"))
            }
        }
    }
}
