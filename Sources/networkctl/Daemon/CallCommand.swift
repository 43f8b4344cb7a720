import AdminProtocol
import ArgumentParser

/// `networkctl call METHOD [JSON]`: any method, raw params in, the raw result out.
///
/// The escape hatch for methods without a verb of their own, and for scripts. Stdout is the
/// result as indented JSON with sorted keys, the same with or without `--json`. Exit codes: 65
/// for params that are not a JSON object or array, 64 for an unknown method, otherwise the
/// usual mapping of the error response (`ExitCode+RPC.swift`).
struct CallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call",
        abstract: "Call any admin-socket method with raw JSON params and print its result.",
        discussion: """
            PARAMS is one JSON object (the method's params by name), or - to read it from \
            stdin; leave it out for a method without params. The result is printed as \
            indented JSON with sorted keys, with or without --json. `networkctl methods` \
            lists the methods; `networkctl call \(RPCDiscover.name)` describes their params.

            A PARAMS that is not JSON exits 65 without calling the daemon; an unknown method \
            exits 64.

            EXAMPLES:
              networkctl call \(DaemonStatus.name) '{}'
              networkctl call \(AuditList.name) '{"limit": 5, "method": "\(NetworkUpdate.name)"}'
              echo '{"currency": "EUR", "expectedVersion": 3}' | networkctl call \(NetworkUpdate.name) -
            """
    )

    @OptionGroup var globals: GlobalOptions

    @Argument(help: ArgumentHelp("The method, area.verb (e.g. \(DaemonStatus.name)).", valueName: "method"))
    var method: String

    @Argument(help: ArgumentHelp("The params as JSON, or - for stdin.", valueName: "params"))
    var params: String?

    /// Reads and checks the params first, so malformed JSON exits 65 without connecting; the
    /// method name is not checked here: the daemon answers an unknown one (exit 64).
    func run() throws {
        try Self.call(method, params: params, globals: globals)
    }

    /// Reads the params, calls `method` and prints its result (also ``DirectInvocation``'s path).
    ///
    /// - Throws: an `ExitCode` after saying why on stderr.
    static func call(_ method: String, params: String?, globals: some GlobalSettings) throws {
        let value = try params.map(readParams)
        let result = try globals.call(method, params: value)
        Terminal.out(PrettyJSON.render(result))
    }

    /// Parses the params argument (or stdin, for `-`).
    ///
    /// An object is named params; an array, positional params (JSON-RPC allows both). Any other
    /// JSON value is refused here, since no method takes it.
    ///
    /// - Throws: `ExitCode.invalidData` after saying why the text is not a JSON object.
    static func readParams(_ argument: String) throws -> JSONValue {
        let bytes = argument == "-" ? try Terminal.readStandardInput() : Array(argument.utf8)
        let source = argument == "-" ? "on stdin" : "in the params argument"
        let value: JSONValue
        do {
            value = try JSONCoding.readValue(bytes)
        } catch {
            var reason = "invalid JSON \(source)"
            switch error {
            case .tooDeep(let limit): reason += ": nested deeper than \(limit) levels"
            case .invalidUTF8: reason += ": not valid UTF-8"
            case .malformed(let detail) where detail != "invalid JSON": reason += ": \(detail)"
            case .malformed: break
            }
            Terminal.error(reason)
            throw ExitCode.invalidData
        }
        switch value {
        case .object, .array: return value
        default:
            Terminal.error("params \(source) must be a JSON object of named params, not a \(value.typeName)")
            throw ExitCode.invalidData
        }
    }
}
