import AdminProtocol
import ArgumentParser

/// The options every verb accepts: where the daemon is, and how to print.
///
/// Declared on the root command and on every verb, so they may come before or after the verb:
/// `networkctl --json status` and `networkctl status --json` are the same call. What they mean
/// is ``GlobalSettings``'s, which ``DirectInvocation`` reads without ArgumentParser as well.
struct GlobalOptions: ParsableArguments, GlobalSettings {
    /// Where the daemon listens unless `--socket` or `NETWORKCTL_SOCKET` says otherwise.
    static let defaultSocketPath = "/run/networkd/admin.sock"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The daemon's admin socket (default: $NETWORKCTL_SOCKET, else \(GlobalOptions.defaultSocketPath)).",
            valueName: "path"),
        completion: .file())
    var socket: String?

    /// Also turns colour off (`style`): stdout then carries one JSON document and nothing else.
    @Flag(name: .long, help: "Print only the method's result, as JSON, on stdout.")
    var json = false

    @Flag(name: .long, help: "Never colour the output (colour is used only on a terminal, and never with NO_COLOR set).")
    var noColor = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Act as a member contact: present the member token in this file first (default: $NETWORKCTL_TOKEN).",
            valueName: "path"),
        completion: .file())
    var tokenFile: String?
}

/// What the global options say (`--socket`, `--json`, `--no-color`, `--token-file`), however
/// they were read, and the calls every verb makes with them.
protocol GlobalSettings {
    var socket: String? { get }
    var json: Bool { get }
    var noColor: Bool { get }
    var tokenFile: String? { get }
}

extension GlobalSettings {
    /// The socket to connect to: `--socket`, else `NETWORKCTL_SOCKET`, else the default.
    var socketPath: String {
        socket ?? Terminal.environment("NETWORKCTL_SOCKET") ?? GlobalOptions.defaultSocketPath
    }

    /// Where the member token comes from: `--token-file`, else `NETWORKCTL_TOKEN`, else none.
    var tokenSource: DaemonConnection.TokenSource? {
        if let tokenFile { return .file(tokenFile) }
        if let secret = Terminal.environment("NETWORKCTL_TOKEN") { return .environment(secret) }
        return nil
    }

    /// The command's one connection, authenticated as a member first when a token is given.
    ///
    /// - Throws: an `ExitCode` after printing the reason on stderr (69 unreachable, 77 a refused
    ///   token, 1 an unreadable token file).
    func session() throws -> DaemonConnection {
        try DaemonConnection.shared(socketPath: socketPath, token: tokenSource)
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
        try human(try Self.decode(M.self, raw))
    }

    /// Calls `method` and returns its decoded result, printing nothing (for verbs that make
    /// several calls, such as `member list --all`).
    ///
    /// - Throws: an `ExitCode` after printing the reason on stderr.
    func fetch<M: AdminMethod>(_ method: M.Type, _ params: M.Params) throws -> M.Result {
        let encoded: JSONValue
        do {
            encoded = try JSONCoding.value(of: params)
        } catch {
            throw FailureReport.failure("cannot encode the params of \(M.name): \(error)")
        }
        return try Self.decode(M.self, try call(M.name, params: encoded))
    }

    /// Decodes a raw result of `method`.
    ///
    /// - Throws: exit code 1 after saying the result is not what this networkctl expects.
    static func decode<M: AdminMethod>(_ method: M.Type, _ raw: JSONValue) throws -> M.Result {
        do {
            return try JSONCoding.decode(M.Result.self, from: raw)
        } catch {
            throw FailureReport.failure("""
                unexpected result from networkd for \(M.name): \(JSONCoding.describe(error)) \
                (are networkctl and networkd the same version? `--json` shows the raw result)
                """)
        }
    }

    /// Calls `method` with raw params on the command's connection and returns the raw result.
    ///
    /// With a member token (`--token-file`, `NETWORKCTL_TOKEN`) the connection first presents
    /// it, so the call acts as that member contact.
    ///
    /// - Throws: an `ExitCode` after printing the reason on stderr: 69 when the daemon cannot be
    ///   reached, 77 when the token is refused, otherwise the code of the error response.
    func call(_ method: String, params: JSONValue?) throws -> JSONValue {
        let response: RPCResponse
        do {
            response = try session().client.call(method, params: params)
        } catch let error as AdminClient.ClientError {
            throw FailureReport.report(error)
        }
        switch response.outcome {
        case .success(let result): return result
        case .failure(let error): throw FailureReport.report(error)
        }
    }
}
