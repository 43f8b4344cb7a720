import AdminProtocol
import ArgumentParser

extension ApplicationCommand {
    /// `networkctl application show ID`: `application.get`.
    ///
    /// Stdout: key/value lines with the statement cut to one line of 72 characters; `--json`
    /// carries the whole statement. An unknown id exits 1.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one application.",
            discussion: """
                \(ApplicationGet.callLine) and prints the application; the \
                whole statement is in the --json output.

                EXAMPLES:
                  networkctl application show 3
                  networkctl --json application show 3 | jq -r .statement
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Argument(help: ArgumentHelp("The application's id.", valueName: "id"))
        var id: Int64

        func run() throws {
            let style = globals.style
            try globals.perform(ApplicationGet.self, ApplicationGet.Params(id: id)) { application in
                Terminal.out(ApplicationCommand.summary(application, style: style))
            }
        }
    }
}
