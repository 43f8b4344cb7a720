import AdminProtocol
import Foundation
import Logging
@testable import NetworkDaemon
import NetworkTestSupport
import Testing

/// `daemon.reload` on a running daemon with a configuration file.
@Suite("Reload", .freshDatabase)
struct ReloadTests {
    /// A configuration file in a fresh temporary directory.
    final class ConfigFile: Sendable {
        let directory: String
        let path: String

        init(_ text: String) throws {
            directory = try makeTemporaryDirectory(prefix: "networkd-conf")
            path = directory + "/networkd.conf"
            try write(text)
        }

        func write(_ text: String) throws {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }

        deinit { try? FileManager.default.removeItem(atPath: directory) }
    }

    @Test func reloadAppliesWhatItCanAndListsWhatNeedsARestart() async throws {
        let file = try ConfigFile("# test\nidle_timeout = 300\npool_size = 6\nmax_connections = 50\n")
        try await withDaemon(configFile: file.path) { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let before = try #require(try await connection.call("daemon.status").result)
            #expect(before["clients"]?["max"] == 50)
            #expect(before["pool"]?["max"] == 6)

            try file.write("# test\nidle_timeout = 120\npool_size = 4\nmax_connections = 10\nlog_level = warning\n")
            let reload = try await connection.call("daemon.reload")
            let result = try JSONCoding.decode(DaemonReload.Result.self, from: try #require(reload.result, "\(String(describing: reload.error))"))
            // log_level is also set on the command line by the harness, which wins: no change.
            #expect(result.applied == ["idle_timeout", "max_connections"])
            #expect(result.needsRestart == ["pool_size"])

            let after = try #require(try await connection.call("daemon.status").result)
            #expect(after["clients"]?["max"] == 10, "applied at once")
            #expect(after["pool"]?["max"] == 6, "kept until a restart")

            // Reloading the same file again changes nothing.
            let again = try #require(try await connection.call("daemon.reload").result)
            #expect(again == ["applied": [], "needsRestart": ["pool_size"]])

            let audit = try #require(try await connection.call("audit.list", ["method": "daemon.reload"]).result)
            let entries = try #require(audit["entries"]?.arrayValue)
            #expect(entries.count == 2)
            #expect(entries.last?["target"] == "daemon")
            #expect(entries.last?["actor"] == "uid:0(root)")
            #expect(entries.last?["role"] == "operator")
            #expect(entries.last?["after"] == reload.result)
        }
    }

    /// The harness passes the socket path as a flag, which wins over the file; so the socket
    /// case is checked on the daemon's `Reloader` itself, with a file-only loader.
    @Test func socketChangeNeedsARestartAndTheRunningSocketIsKept() throws {
        let file = try ConfigFile("socket = /tmp/networkd-a.sock\nidle_timeout = 300\n")
        let loader = ConfigurationLoader(filePath: file.path, fileIsExplicit: true, environment: [:], overrides: [:])
        let state = DaemonState(version: "test", configuration: try loader.load(), startedAtText: "")
        let reloader = Reloader(loader: loader, state: state, notifier: SystemdNotifier(environment: [:]),
                                logLevel: LogLevelControl(.info), logger: Logger(label: "reload-test"))
        try file.write("socket = /tmp/networkd-b.sock\nidle_timeout = 30\n")
        let result = try reloader.reload()
        #expect(result.applied == ["idle_timeout"])
        #expect(result.needsRestart == ["socket"])
        #expect(state.configuration.socketPath == "/tmp/networkd-a.sock")
        #expect(state.configuration.idleTimeoutSeconds == 30)
    }

    @Test(arguments: [
        "idle_timeout = banana\n",
        "idle_timeout = 0\n",
        "max_connections = 99999999\n",
        "no_such_key = 1\n",
        "just some words\n",
        "max_connections = 10\nmax_connections = 11\n",
        "socket = relative/path.sock\n",
        "log_level = loud\n",
        "secretariat_users = \"unterminated\n",
    ])
    func invalidFileIsRefusedAsValidationAndTheRunningConfigurationStays(text: String) async throws {
        let file = try ConfigFile("max_connections = 40\n")
        try await withDaemon(configFile: file.path) { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            try file.write(text)
            let reload = try await connection.call("daemon.reload")
            let error = try #require(reload.error)
            #expect(error.code == -32005)
            #expect(error.kind == "validation")
            #expect(reload.validationFields == ["configuration"])
            #expect(error.message.contains(file.path), "names the file: \(error.message)")

            let status = try #require(try await connection.call("daemon.status").result)
            #expect(status["clients"]?["max"] == 40)
            #expect(try await psql("SELECT count(*) FROM audit_log WHERE method = 'daemon.reload'") == "0")

            // Fixing the file makes the next reload work.
            try file.write("max_connections = 41\n")
            let fixed = try #require(try await connection.call("daemon.reload").result)
            #expect(fixed["applied"] == ["max_connections"])
        }
    }

    @Test func missingExplicitFileIsRefusedAndTheRunningConfigurationStays() async throws {
        let file = try ConfigFile("max_connections = 40\n")
        try await withDaemon(configFile: file.path) { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            try FileManager.default.removeItem(atPath: file.path)
            let reload = try await connection.call("daemon.reload")
            #expect(reload.error?.code == -32005)
            #expect(try #require(try await connection.call("daemon.status").result)["clients"]?["max"] == 40)
        }
    }

    @Test func reloadedConnectionCapAppliesToNewConnections() async throws {
        let file = try ConfigFile("max_connections = 10\n")
        try await withDaemon(configFile: file.path) { daemon in
            let first = try await TestConnection.connect(daemon.socketPath)
            try await ProtocolLimitsTests.waitUntilConnected(1, via: first)
            try file.write("max_connections = 1\n")
            #expect(try await first.call("daemon.reload").result?["applied"] == ["max_connections"])
            let second = try await TestConnection.connect(daemon.socketPath)
            let refusal = try await second.readJSON()
            #expect(refusal.errorKind == "unavailable")
        }
    }

    /// `idle_timeout` is reported as applied by a reload, so a new connection must get the new
    /// timeout without a restart.
    @Test func reloadedIdleTimeoutAppliesToNewConnections() async throws {
        let file = try ConfigFile("idle_timeout = 300\n")
        try await withDaemon(configFile: file.path) { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            try file.write("idle_timeout = 1\n")
            #expect(try await connection.call("daemon.reload").result?["applied"] == ["idle_timeout"])
            let fresh = try await TestConnection.connect(daemon.socketPath)
            #expect(try await fresh.closesWithin(.seconds(60)), "closed when idle with idle_timeout = 1")
            // The connection opened before the reload keeps the timeout it started with.
            #expect(try await connection.call("network.get").result != nil)
        }
    }

    /// `max_line_bytes` is reported as applied by a reload, so a new connection must get the new
    /// limit without a restart.
    @Test func reloadedLineLimitAppliesToNewConnections() async throws {
        let file = try ConfigFile("max_line_bytes = 1048576\n")
        try await withDaemon(configFile: file.path) { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            try file.write("max_line_bytes = 2048\n")
            #expect(try await connection.call("daemon.reload").result?["applied"] == ["max_line_bytes"])
            let fresh = try await TestConnection.connect(daemon.socketPath)
            let line = #"{"jsonrpc":"2.0","id":1,"method":"network.get","params":{"x":""# + String(repeating: "a", count: 4096) + #""}}"#
            let response = try await fresh.exchange(line)
            #expect(response.errorCode == -32006)
            #expect(response["error"]?["data"]?["limit"] == 2048)
        }
    }
}
