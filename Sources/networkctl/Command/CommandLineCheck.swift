import ArgumentParser

/// Checks a command line for a verb that does not exist before ArgumentParser reads it, and
/// says so plainly.
///
/// Left to ArgumentParser, `networkctl invoice list` reads as "2 unexpected arguments" with the
/// root's usage, and `networkctl member delete 3` as arguments of `member list` (the default
/// verb). Here the words are walked down the command tree: the first that names no command of
/// the group it is under is reported with the group's commands. Options end the walk (they
/// belong to a verb, or to ArgumentParser: `--help`, `--generate-completion-script`).
enum CommandLineCheck {
    /// Options of `GlobalOptions` that take a value, so their value is not read as a verb.
    static let globalOptionsWithValue: Set<String> = ["--socket", "--token-file"]
    /// Flags of `GlobalOptions`, skipped like the options above: they may come before the verb.
    static let globalFlags: Set<String> = ["--json", "--no-color"]

    /// Why `arguments` name no command (a line, then where to read more), or `nil` when the
    /// words name one (or may: options).
    static func unknownVerb(in arguments: [String], root: any ParsableCommand.Type = Networkctl.self) -> String? {
        var group = root
        var path: [String] = []
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if globalOptionsWithValue.contains(word) {
                index += 2
                continue
            }
            if globalFlags.contains(word) || globalOptionsWithValue.contains(where: { word.hasPrefix($0 + "=") }) {
                index += 1
                continue
            }
            if word.hasPrefix("-") { return nil }
            let subcommands = group.configuration.subcommands
            if subcommands.isEmpty { return nil }  // a verb: the rest are its arguments
            if path.isEmpty && word == "help" { return nil }  // ArgumentParser's `help VERB`
            guard let next = subcommands.first(where: { $0._commandName == word }) else {
                let visible = subcommands.filter { $0.configuration.shouldDisplay }.map { $0._commandName }
                let shown = word.count > 40 ? String(word.prefix(40)) + "…" : word
                let more = "\n  See '\((["networkctl"] + path).joined(separator: " ")) --help' for more information."
                if path.isEmpty {
                    return "unknown command '\(shown)'; commands are: \(visible.joined(separator: ", "))" + more
                }
                let name = path.joined(separator: " ")
                let article = name.first.map { "aeiou".contains($0) } == true ? "an" : "a"
                return "'\(shown)' is not \(article) \(name) command; \(name) commands are: \(visible.joined(separator: ", "))" + more
            }
            group = next
            path.append(word)
            index += 1
        }
        return nil
    }

    /// The words that name `command` under `root`, e.g. `["member", "add"]`; empty for the root.
    static func path(to command: any ParsableCommand.Type, under root: any ParsableCommand.Type = Networkctl.self) -> [String]? {
        if command == root { return [] }
        for subcommand in root.configuration.subcommands {
            if let rest = path(to: command, under: subcommand) { return [subcommand._commandName] + rest }
        }
        return nil
    }
}
