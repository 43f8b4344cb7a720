import AdminProtocol
import ArgumentParser

/// `networkctl methods`: the daemon's methods, from `rpc.discover`.
///
/// Stdout: a METHOD / ROLES / SUMMARY table, the roles taken from each method's `x-roles`
/// ("any" when it lists none); with `--json`, the whole OpenRPC document.
struct MethodsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "methods",
        abstract: "List the admin-socket methods the daemon serves, with the roles that may call them.",
        discussion: """
            Asks the running daemon (\(RPCDiscover.name)), so the list is what that daemon serves. \
            --json prints the whole OpenRPC document, with each method's params and result \
            schema.

            EXAMPLES:
              networkctl methods
              networkctl --json methods | jq '.methods[].name'
            """
    )

    @OptionGroup var globals: GlobalOptions

    func run() throws {
        let style = globals.style
        try globals.perform(RPCDiscover.self, NoParams()) { document in
            var table = Table(header: ["METHOD", "ROLES", "SUMMARY"])
            for method in document["methods"]?.arrayValue ?? [] {
                let roles = (method["x-roles"]?.arrayValue ?? []).compactMap(\.stringValue)
                table.append([
                    method["name"]?.stringValue ?? "?",
                    HumanFormat.list(roles, none: "any"),
                    method["summary"]?.stringValue ?? "",
                ])
            }
            Terminal.out(table.render(style: style))
        }
    }
}
