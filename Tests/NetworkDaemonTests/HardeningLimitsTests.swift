import AdminProtocol
import Foundation
import NetworkDaemon
import NetworkTestSupport
import Testing

/// Limits that keep one client from hurting the others: batch and response caps, connections per
/// uid and the operator's reserved slots, and an idle timeout that never cuts a request off.
@Suite("Hardening limits", .freshDatabase)
struct HardeningLimitsTests {
    /// A batch of `count` calls, numbered from 1 or (`sameID`) all with id 1, as short as possible.
    static func batch(_ count: Int, method: String = "rpc.discover", sameID: Bool = false) -> String {
        "[" + (1...count).map { #"{"jsonrpc":"2.0","id":\#(sameID ? 1 : $0),"method":"\#(method)"}"# }.joined(separator: ",") + "]"
    }

    // MARK: - Batches and responses

    @Test func batchOverTheCapIsRefusedWholeNamingTheCap() async throws {
        try await withDaemon(configure: { $0.maxBatchCalls = 5 }) { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let updates = (1...6).map {
                #"{"jsonrpc":"2.0","id":\#($0),"method":"network.update","params":{"name":"Batch \#($0)"}}"#
            }
            let refused = try await connection.exchange("[" + updates.joined(separator: ",") + "]")
            #expect(refused.errorCode == -32600)
            #expect(refused.responseID == .null)
            #expect(refused.errorMessage?.contains("at most 5 calls (max_batch_calls); this one has 6") == true)
            #expect(try await psql("SELECT count(*) FROM audit_log WHERE method = 'network.update'") == "0", "none of it ran")
            let accepted = try await connection.exchange("[" + updates.prefix(5).joined(separator: ",") + "]")
            #expect(accepted.arrayValue?.count == 5)
            #expect(try await psql("SELECT name FROM network") == "Batch 5")
        }
    }

    /// The probe's line: 20,000 `rpc.discover` calls in under 1 MiB. Refused at once by the
    /// default cap of 100, and the daemon goes on serving.
    @Test func theTwentyThousandCallBatchIsRefusedByTheDefaultCap() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let line = Self.batch(20_000, sameID: true)
            #expect(line.utf8.count < 1_048_576)
            let refused = try await connection.exchange(line, timeout: .seconds(120))
            #expect(refused.errorCode == -32600)
            #expect(refused.errorMessage?.contains("at most 100 calls") == true)
            let hundred = try await connection.exchange(Self.batch(100, method: "network.get"), timeout: .seconds(120))
            let answers = try #require(hundred.arrayValue)
            #expect(answers.count == 100, "a batch at the cap is answered in full, streamed")
            #expect(answers.map(\.responseID) == (1...100).map { JSONValue.integer(Int64($0)) })
            #expect(answers.allSatisfy { $0["result"]?["name"] != nil })
        }
    }

    @Test func responseOverTheCapBecomesTooLargeWithItsIDAndTheBatchGoesOn() async throws {
        try await withDaemon(configure: { $0.maxResponseBytes = 20_000 }) { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let single = try await connection.exchange(#"{"jsonrpc":"2.0","id":"big","method":"rpc.discover"}"#)
            #expect(single.errorCode == -32006)
            #expect(single.errorKind == "too_large")
            #expect(single.responseID == "big")
            #expect(single.errorMessage?.contains("max_response_bytes") == true)
            let mixed = try await connection.exchange(
                #"[{"jsonrpc":"2.0","id":1,"method":"rpc.discover"},{"jsonrpc":"2.0","id":2,"method":"network.get"}]"#)
            let answers = try #require(mixed.arrayValue)
            #expect(answers.count == 2)
            #expect(answers[0].errorKind == "too_large")
            #expect(answers[1]["result"]?["name"] != nil, "the small answer beside it is delivered")
        }
    }

    // MARK: - Idle timeout

    /// A request that runs longer than the idle timeout is activity: it is answered, and the
    /// connection is closed only once it has been idle a whole period after that.
    @Test func requestLongerThanTheIdleTimeoutIsAnswered() async throws {
        try await withDaemon(configure: { $0.idleTimeoutSeconds = 1 }) { daemon in
            let lock = try await RowLockHolder.hold("SELECT 1 FROM network FOR UPDATE", in: try await testDatabase())
            defer { lock.release() }
            // Let go after three idle periods, from outside the request.
            Task { try await Task.sleep(for: .seconds(3)); lock.release() }
            let connection = try await TestConnection.connect(daemon.socketPath)
            let answer = try await connection.exchange(
                #"{"jsonrpc":"2.0","id":7,"method":"network.update","params":{"name":"Waited"}}"#, timeout: .seconds(60))
            #expect(answer["result"]?["name"] == "Waited", "answered after waiting longer than idle_timeout")
            #expect(try await connection.closesWithin(.seconds(30)), "and closed once idle")
        }
    }

    // MARK: - Connections per uid and the operator's slots

    /// Opens `count` connections as `user`, each sending one unknown-method call: an admitted
    /// connection answers -32601, a refused one reads the refusal. Holds them until told.
    final class Holder: @unchecked Sendable {
        let process = Process()
        private let input = Pipe()
        private let output = Pipe()

        init(user: String, socket: String, count: Int) throws {
            let script = """
                import socket, sys, json
                held = []
                for i in range(int(sys.argv[2])):
                    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                    s.settimeout(30)
                    s.connect(sys.argv[1])
                    s.sendall(b'{"jsonrpc":"2.0","id":1,"method":"no.such"}\\n')
                    reply = json.loads(s.makefile('rb').readline())
                    print("admitted" if reply.get("error", {}).get("code") == -32601 else "refused: " + reply["error"]["message"], flush=True)
                    held.append(s)
                sys.stdin.read()
                """
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", user, "--", "/usr/bin/python3", "-c", script, socket, String(count)]
            process.standardInput = input
            process.standardOutput = output
            try process.run()
        }

        /// The first `count` status lines.
        func statuses(_ count: Int) throws -> [String] {
            var text = ""
            let handle = output.fileHandleForReading
            while text.split(separator: "\n").count < count {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                text += String(decoding: chunk, as: UTF8.self)
            }
            return text.split(separator: "\n").map(String.init)
        }

        func release() {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
    }

    @Test func oneUIDCannotTakeEverySlotAndOperatorsKeepTheirs() async throws {
        try await withDaemon(configure: {
            $0.socketMode = 0o666
            $0.maxConnections = 6
            $0.operatorReservedConnections = 2
            $0.maxConnectionsPerUID = 3
        }) { daemon in
            let nobody = try Holder(user: "nobody", socket: daemon.socketPath, count: 5)
            defer { nobody.release() }
            let seen = try await offPool { try nobody.statuses(5) }
            #expect(seen.prefix(3) == ["admitted", "admitted", "admitted"])
            #expect(seen.dropFirst(3).allSatisfy { $0.contains("too many connections from uid 65534 (3 at most)") }, "\(seen)")

            // Another uid gets what is left of the shared slots (6 - 2 reserved = 4), no more.
            let other = try Holder(user: "daemon", socket: daemon.socketPath, count: 2)
            defer { other.release() }
            let otherSeen = try await offPool { try other.statuses(2) }
            #expect(otherSeen.first == "admitted")
            #expect(otherSeen.last?.contains("too many connections (4)") == true, "\(otherSeen)")

            // Root holds the operator role: the two reserved slots are there for it.
            let first = try await TestConnection.connect(daemon.socketPath)
            #expect(try await first.call("daemon.status").result?["version"] != nil)
            let second = try await TestConnection.connect(daemon.socketPath)
            #expect(try await second.call("daemon.status").result?["clients"]?["connected"] == 6)
            let third = try await TestConnection.connect(daemon.socketPath)
            #expect(try await third.readJSON().errorKind == "unavailable", "all six slots are taken")
        }
    }
}

