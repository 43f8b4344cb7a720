import AdminProtocol
import ArgumentParser
import NetworkCore

/// The one connection a `networkctl` command uses, authenticated as a member contact first when
/// a member token is given.
///
/// Guarantees:
/// - Every call of one command goes over the same connection, opened on first use, so a token
///   presented with `session.authenticate` covers the whole command (and `network.get`, when a
///   verb needs the currency, costs no second login).
/// - With a token, nothing else is sent until the daemon has accepted it; a refused token ends the
///   command with exit 77 and the daemon's message.
/// - The secret is never printed, not even in errors.
final class DaemonConnection {
    /// Where a member token comes from.
    enum TokenSource: Equatable {
        /// `--token-file PATH`: the secret is the file's content, surrounding whitespace ignored.
        case file(String)
        /// `NETWORKCTL_TOKEN`: the secret itself.
        case environment(String)
    }

    /// The connection to the daemon.
    let client: AdminClient
    /// Who this connection acts as when a token was presented; `nil` for the peer's own roles.
    let member: SessionAuthenticate.Result?

    /// The currency of money amounts, read once from `network.get`.
    private var currency: Currency?

    /// The session of this process: commands run one at a time, in one thread.
    nonisolated(unsafe) private static var current: DaemonConnection?

    private init(client: AdminClient, member: SessionAuthenticate.Result?) {
        self.client = client
        self.member = member
    }

    /// The command's session, connecting (and authenticating) on first use.
    ///
    /// - Throws: an `ExitCode` after printing why on stderr: 69 when the daemon cannot be reached,
    ///   77 when the token is refused, 1 when the token file cannot be read, 64 when it is empty.
    static func shared(socketPath: String, token: TokenSource?) throws -> DaemonConnection {
        if let current { return current }
        let secret = try token.map(readSecret)
        let client: AdminClient
        do {
            client = try AdminClient(path: socketPath)
        } catch let error as AdminClient.ClientError {
            throw FailureReport.report(error)
        }
        var member: SessionAuthenticate.Result?
        if let secret, let token {
            member = try authenticate(client, secret: secret, source: token)
        }
        let session = DaemonConnection(client: client, member: member)
        current = session
        return session
    }

    /// The network's currency (ISO 4217), for money in human output: from `network.get`, else
    /// GBP when that cannot be read. Never fails the command.
    func networkCurrency() -> Currency {
        if let currency { return currency }
        let code = (try? client.call(NetworkGet.self, NoParams()))?.currency
        let read = code.flatMap { try? Currency(code: $0) } ?? .gbp
        currency = read
        return read
    }

    /// Presents `secret` with `session.authenticate`.
    ///
    /// - Throws: exit 77 with the daemon's message when refused; 69 when the connection breaks.
    private static func authenticate(_ client: AdminClient, secret: String, source: TokenSource) throws
        -> SessionAuthenticate.Result
    {
        do {
            return try client.call(SessionAuthenticate.self, .init(token: secret))
        } catch let error as RPCError {
            Terminal.error("the member token \(source.label) was refused: \(error.message)")
            if error.kind == "forbidden" || error.code == RPCError.Code.forbidden {
                throw ExitCode.forbidden
            }
            throw ExitCode(error)
        } catch let error as AdminClient.ClientError {
            throw FailureReport.report(error)
        }
    }

    /// The secret named by `source`, trimmed.
    private static func readSecret(_ source: TokenSource) throws -> String {
        let raw: String
        switch source {
        case .environment(let secret):
            raw = secret
        case .file(let path):
            raw = try TextFile.contents(of: path, purpose: "the token file")
        }
        let secret = TextFile.trimmed(raw)
        if secret.isEmpty {
            Terminal.error("no member token \(source.label): it is empty")
            throw ExitCode.usage
        }
        return secret
    }
}

extension DaemonConnection.TokenSource {
    /// Where the token came from, for messages: "in /path" or "in NETWORKCTL_TOKEN".
    var label: String {
        switch self {
        case .file(let path): "in \(path)"
        case .environment: "in NETWORKCTL_TOKEN"
        }
    }
}
