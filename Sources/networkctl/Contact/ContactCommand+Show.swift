import AdminProtocol
import ArgumentParser

extension ContactCommand {
    /// `networkctl contact show ID`: `contact.get`.
    ///
    /// Stdout: the contact as key/value lines; with `--json`, the result. A contact not found
    /// (or, with a member token, another member's) exits 1.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one contact.",
            discussion: """
                \(ContactGet.callLine) and prints the contact. With a \
                member token, only that member's contacts are found.

                EXAMPLES:
                  networkctl contact show 41
                  networkctl --token-file token contact show 41
                """
        )

        @OptionGroup var globals: GlobalOptions

        @Argument(help: ArgumentHelp("The contact's id.", valueName: "id"))
        var id: Int64

        func run() throws {
            try ContactCommand.performShowingContact(ContactGet.self, ContactGet.Params(id: id), globals: globals)
        }
    }
}
