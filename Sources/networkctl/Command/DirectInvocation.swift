/// The two commands scripts and monitoring run most, `networkctl [GLOBALS] call METHOD [PARAMS]`
/// and `networkctl [GLOBALS] status`, read without ArgumentParser.
///
/// ArgumentParser builds each command on the path by reflection (`Mirror`, protocol conformance
/// lookups over the whole binary): about 15 of the 21 million instructions such a call took.
/// Here the words are read directly, and anything else — another verb, `--help`, an unknown or
/// repeated option, a missing value, `status eth0` — is left to ArgumentParser, which then
/// reads the line as it always did (help, completions, errors and exit codes included).
///
/// `CommandTreeTests` checks that every line read here reads the same through ArgumentParser.
struct DirectInvocation: Equatable {
    /// The global options, as ``GlobalOptions`` would hold them.
    struct Globals: GlobalSettings, Equatable {
        var socket: String?
        var json = false
        var noColor = false
        var tokenFile: String?
    }

    /// The command.
    enum Verb: Equatable {
        /// `call METHOD [PARAMS]`.
        case call(method: String, params: String?)
        /// `status`, without link arguments.
        case status
    }

    var globals: Globals
    var verb: Verb

    /// Reads `arguments` (without the program name), or `nil` when ArgumentParser should.
    init?(_ arguments: [String]) {
        var globals = Globals()
        var seen = Set<String>()
        var words: [String] = []
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            guard word.hasPrefix("-") && word != "-" else {
                words.append(word)
                continue
            }
            let (name, inline) = Self.split(word)
            guard seen.insert(name).inserted else { return nil }
            switch name {
            case "--json", "--no-color":
                guard inline == nil else { return nil }
                if name == "--json" { globals.json = true } else { globals.noColor = true }
            case "--socket", "--token-file":
                let value: String
                if let inline {
                    value = inline
                } else {
                    guard index < arguments.count, !arguments[index].hasPrefix("-") else { return nil }
                    value = arguments[index]
                    index += 1
                }
                if name == "--socket" { globals.socket = value } else { globals.tokenFile = value }
            default:
                return nil
            }
        }
        switch words.first {
        case "call" where words.count == 2 || words.count == 3:
            verb = .call(method: words[1], params: words.count == 3 ? words[2] : nil)
        case "status" where words.count == 1:
            verb = .status
        default:
            return nil
        }
        self.globals = globals
    }

    /// Runs the command.
    ///
    /// - Throws: an `ExitCode` after saying why on stderr, as the command run by ArgumentParser does.
    func run() throws {
        switch verb {
        case .call(let method, let params):
            try CallCommand.call(method, params: params, globals: globals)
        case .status:
            try StatusCommand.show(globals: globals)
        }
    }

    /// `--name=value` as its name and value; any other word as itself and `nil`.
    private static func split(_ word: String) -> (name: String, value: String?) {
        guard word.hasPrefix("--"), let equals = word.firstIndex(of: "=") else { return (word, nil) }
        return (String(word[..<equals]), String(word[word.index(after: equals)...]))
    }
}
