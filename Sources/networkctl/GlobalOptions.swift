import AdminProtocol
import ArgumentParser

/// The options every verb accepts: where the daemon is, and how to print.
///
/// Declared on the root command and on every verb, so they may come before or after the verb:
/// `networkctl --json status` and `networkctl status --json` are the same call.
struct GlobalOptions: ParsableArguments {
    /// Where the daemon listens unless `--socket` or `NETWORKCTL_SOCKET` says otherwise.
    static let defaultSocketPath = "/run/networkd/admin.sock"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The daemon's admin socket (default: $NETWORKCTL_SOCKET, else \(GlobalOptions.defaultSocketPath)).",
            valueName: "path"),
        completion: .file())
    var socket: String?

    @Flag(name: .long, help: "Print only the method's result, as JSON, on stdout.")
    var json = false

    @Flag(name: .long, help: "Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).")
    var noColor = false

    /// The socket to connect to: `--socket`, else `NETWORKCTL_SOCKET`, else the default.
    var socketPath: String {
        socket ?? Terminal.environment("NETWORKCTL_SOCKET") ?? Self.defaultSocketPath
    }

    /// How human output is styled: colour only on a terminal, without `--no-color` or `NO_COLOR`.
    var style: Style {
        let dumb = Terminal.environment("TERM") == "dumb"
        return Style(colour: !noColor && !json && !dumb && Terminal.environment("NO_COLOR") == nil && Terminal.stdoutIsTerminal)
    }

    /// Calls `method`; with `--json` prints its raw result, otherwise hands the decoded result to
    /// `human` to print.
    ///
    /// - Throws: an `ExitCode` after printing the reason on stderr (see `ExitCode+RPC.swift`).
    func perform<M: AdminMethod>(_ method: M.Type, _ params: M.Params, human: (M.Result) throws -> Void) throws {
        let encoded: JSONValue
        do {
            encoded = try JSONCoding.value(of: params)
        } catch {
            throw FailureReport.failure("cannot encode the params of \(M.name): \(error)")
        }
        let raw = try call(M.name, params: encoded)
        if json {
            Terminal.out(PrettyJSON.render(raw))
            return
        }
        let result: M.Result
        do {
            result = try JSONCoding.decode(M.Result.self, from: raw)
        } catch {
            throw FailureReport.failure("""
                unexpected result from networkd for \(M.name): \(JSONCoding.describe(error)) \
                (are networkctl and networkd the same version? `--json` shows the raw result)
                """)
        }
        try human(result)
    }

    /// Calls `method` with raw params and returns the raw result.
    ///
    /// - Throws: an `ExitCode` after printing the reason on stderr: 69 when the daemon cannot be
    ///   reached, otherwise the code of the error response.
    func call(_ method: String, params: JSONValue?) throws -> JSONValue {
        let response: RPCResponse
        do {
            let client = try AdminClient(path: socketPath)
            defer { client.close() }
            response = try client.call(method, params: params)
        } catch let error as AdminClient.ClientError {
            throw FailureReport.report(error)
        }
        switch response.outcome {
        case .success(let result): return result
        case .failure(let error): throw FailureReport.report(error)
        }
    }
}
