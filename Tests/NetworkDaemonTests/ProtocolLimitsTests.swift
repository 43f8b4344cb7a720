import AdminProtocol
import Foundation
import NetworkDaemon
import NetworkTestSupport
import Testing

/// Hostile and heavy input on the real socket: malformed JSON, deep nesting, huge lines, clients
/// that vanish, many clients at once, the connection cap and the idle timeout.
@Suite("Socket limits")
struct ProtocolLimitsTests {
    static let statusLine = #"{"jsonrpc":"2.0","method":"network.get","id":"next"}"#

    /// Checks that `connection` still answers a normal request.
    static func expectStillServing(_ connection: TestConnection) async throws {
        let response = try await connection.exchange(statusLine)
        #expect(response.responseID == "next")
        #expect(response["result"]?["shortName"] == "CCIN")
    }

    /// Waits until the daemon counts exactly `count` client connections, asking over `connection`
    /// (one of them). Connections that just closed, such as `InProcessDaemon`'s start-up probe,
    /// linger in the count for a moment.
    static func waitUntilConnected(_ count: Int, via connection: TestConnection) async throws {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            let status = try #require(try await connection.call("daemon.status").result)
            if status["clients"]?["connected"] == .integer(Int64(count)) { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("the daemon never counted \(count) clients")
    }

    /// A connection the daemon admitted: the start-up probe's connection may still hold the only
    /// slot for a moment, so a refused attempt is retried.
    static func admittedConnection(_ path: String) async throws -> TestConnection {
        let deadline = ContinuousClock.now + .seconds(60)
        while true {
            let connection = try await TestConnection.connect(path)
            try await connection.sendLine(#"{"jsonrpc":"2.0","method":"network.get","id":"probe"}"#)
            let answer = try await connection.readJSON()
            if answer.responseID == "probe" { return connection }
            connection.close()
            if ContinuousClock.now > deadline {
                Issue.record("never admitted: \(answer)")
                return connection
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    // MARK: - Malformed JSON

    static let malformedLines: [[UInt8]] = {
        let status = #"{"jsonrpc":"2.0","id":1,"method":"daemon.status"}"#
        func text(_ string: String) -> [UInt8] { Array(string.utf8) }
        var lines: [[UInt8]] = []
        lines.append(text(String(status.dropLast())))  // truncated
        lines.append(text(status + " x"))  // trailing garbage
        lines.append(text(status + "}"))
        lines.append(text(status + status))  // two objects on one line
        lines.append(text(#"{'jsonrpc':'2.0','id':1,'method':'daemon.status'}"#))  // single quotes
        lines.append(text(#"{"jsonrpc":"2.0","id":NaN,"method":"daemon.status"}"#))
        lines.append(text(#"{"jsonrpc":"2.0","id":01,"method":"daemon.status"}"#))  // leading zero
        lines.append(text(#"{"jsonrpc":"2.0","id":1,"method":"daemon.status"#) + [0x01] + text(#""}"#))  // raw control character
        lines.append(text(#"{"jsonrpc":"2.0","id":1,"method":""#) + [0xFF, 0xFE, 0xC3] + text(#""}"#))  // invalid UTF-8
        lines.append(text(String(status.dropLast())) + [0x00] + text("}"))  // NUL byte
        lines.append([0x00])
        lines.append([0xC0, 0xAF])  // overlong encoding
        lines.append(text("hello"))  // a bare word
        lines.append(text(#"""#))  // a lone quote
        for garbage in ["{", "{]", "]", "[", ":"] { lines.append(text(garbage)) }
        return lines
    }()

    @Test(arguments: malformedLines)
    func malformedJSONIsParseErrorAndTheConnectionStaysUsable(line: [UInt8]) async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            try await connection.send(line + [UInt8(ascii: "\n")])
            let response = try await connection.readJSON()
            #expect(response.errorCode == -32700)
            #expect(response.responseID == .null)
            #expect(response["result"] == nil)
            try await Self.expectStillServing(connection)
            #expect(severeLogLines(daemon).isEmpty)
        }
    }

    /// JSON has no trailing commas; a lenient parser would run a request the client never wrote
    /// correctly.
    @Test(arguments: [#"{"jsonrpc":"2.0","id":1,"method":"network.get",}"#, #"[{"jsonrpc":"2.0","id":1,"method":"network.get"},]"#])
    func trailingCommaIsParseError(line: String) async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.exchange(line)
            #expect(response.errorCode == -32700, "\(response)")
            #expect(response.responseID == .null)
        }
    }

    // MARK: - Deep nesting

    /// Hostile nesting, named so that test output stays short.
    enum DeepInput: String, CaseIterable, Sendable {
        case arrays, objects, nestedParams, unclosedArrays

        var line: String {
            switch self {
            case .arrays: String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
            case .objects: String(repeating: #"{"a":"#, count: 10_000) + "1" + String(repeating: "}", count: 10_000)
            case .nestedParams:
                #"{"jsonrpc":"2.0","id":1,"method":"audit.list","params":"# + String(repeating: #"{"a":"#, count: 10_000) + "1"
                    + String(repeating: "}", count: 10_001)
            case .unclosedArrays: String(repeating: "[", count: 100_000)
            }
        }
    }

    @Test(arguments: DeepInput.allCases)
    func deeplyNestedJSONIsParseErrorQuicklyAndTheDaemonKeepsServing(input: DeepInput) async throws {
        let line = input.line
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let started = ContinuousClock.now
            let response = try await connection.exchange(line)
            // A bound against a hang (the recursion a deep document could cause), not a speed
            // target: those are the benchmarks'. Generous, so that a loaded machine passes.
            #expect(ContinuousClock.now - started < .seconds(30))
            #expect(response.errorCode == -32700)
            #expect(response.errorMessage?.contains("nested") == true)
            try await Self.expectStillServing(connection)
            let fresh = try await TestConnection.connect(daemon.socketPath)
            try await Self.expectStillServing(fresh)
        }
    }

    @Test func nestingUpToTheLimitIsReadAndOneDeeperIsRefused() async throws {
        let limit = JSONCoding.maximumDepth
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            // `limit` nested arrays parse: a batch whose one element is not an object.
            let atLimit = try await connection.exchange(String(repeating: "[", count: limit) + String(repeating: "]", count: limit))
            #expect(atLimit.arrayValue?.count == 1)
            #expect(atLimit.arrayValue?.first?.errorCode == -32600)
            let beyond = try await connection.exchange(String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1))
            #expect(beyond.errorCode == -32700)
            // Brackets inside strings do not count.
            let inString = try await connection.exchange(
                #"{"jsonrpc":"2.0","id":1,"method":"network.update","params":{"name":"\#(String(repeating: "[{", count: 500))"}}"#)
            #expect(inString.errorCode == -32005, "\(inString)")  // name too long, but read fine
        }
    }

    // MARK: - Line length

    @Test func lineOverTheLimitIsTooLargeThenTheConnectionCloses() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let payload = #"{"jsonrpc":"2.0","id":1,"method":"network.get","params":{"x":""#
                + String(repeating: "a", count: 2 * 1024 * 1024) + #""}}"#
            try await connection.sendLine(payload)  // may stop part way once the daemon closes
            let response = try await connection.readJSON()
            #expect(response.errorCode == -32006)
            #expect(response.errorKind == "too_large")
            #expect(response["error"]?["data"]?["limit"] == 1_048_576)
            #expect(response.responseID == .null)
            #expect(try await connection.closesWithin(.seconds(60)))

            let fresh = try await TestConnection.connect(daemon.socketPath)
            try await Self.expectStillServing(fresh)
        }
    }

    @Test func endlessLineWithoutNewlineIsCutOffAtTheLimit() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            try await connection.send(Array(repeating: UInt8(ascii: "x"), count: 1_048_577))
            let response = try await connection.readJSON()
            #expect(response.errorCode == -32006)
            #expect(try await connection.closesWithin(.seconds(60)))
        }
    }

    /// The line limit counts the bytes before the newline: exactly the limit (and a little less)
    /// is read and answered as usual; one byte more is too large.
    @Test(arguments: [1_048_576 - 100, 1_048_576, 1_048_577])
    func lineAtTheLimitIsServedAndOneByteMoreIsNot(length: Int) async throws {
        try await withDaemon { daemon in
            let prefix = #"{"jsonrpc":"2.0","id":7,"method":"network.get","params":{"x":""#
            let suffix = #""}}"#
            let line = prefix + String(repeating: "a", count: length - prefix.utf8.count - suffix.utf8.count) + suffix
            #expect(line.utf8.count == length)
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.exchange(line)
            if length <= 1_048_576 {
                #expect(response.errorCode == -32602, "unknown parameter x")
                #expect(response.responseID == 7)
                try await Self.expectStillServing(connection)
            } else {
                #expect(response.errorCode == -32006)
                #expect(try await connection.closesWithin(.seconds(60)))
            }
        }
    }

    // MARK: - Clients that vanish

    /// A client that sends a mutating request and hangs up at once: the change happens entirely
    /// (audit row and version bump together) or not at all, and a retry with the same key
    /// finishes it exactly once.
    @Test(.freshDatabase) func clientHangingUpMidRequestLeavesNoHalfDoneChange() async throws {
        try await withDaemon { daemon in
            let rounds = 15
            for round in 1...rounds {
                let connection = try await TestConnection.connect(daemon.socketPath)
                let params: JSONValue = ["name": .string("Hang-up \(round)"), "idempotencyKey": .string("hangup-\(round)")]
                let request = RPCRequest(id: .integer(Int64(round)), method: "network.update", params: params)
                try await connection.send(try JSONCoding.encode(request.jsonValue) + [UInt8(ascii: "\n")])
                connection.close()
            }
            // Wait until the daemon has finished whatever it started.
            let observer = try await TestConnection.connect(daemon.socketPath)
            let deadline = ContinuousClock.now + .seconds(60)
            while ContinuousClock.now < deadline {
                let status = try #require(try await observer.call("daemon.status").result)
                if status["clients"]?["requestsInFlight"] == 1, status["clients"]?["connected"] == 1 { break }
                try await Task.sleep(for: .milliseconds(50))
            }
            func check() async throws -> Int {
                let version = try #require(Int(try await psql("SELECT version FROM network")))
                let audited = try #require(Int(try await psql("SELECT count(*) FROM audit_log WHERE method = 'network.update'")))
                let keys = try #require(Int(try await psql("SELECT count(*) FROM idempotency_keys")))
                #expect(version == 1 + audited, "every version bump has its audit row")
                #expect(keys == audited, "every stored key has its change")
                return audited
            }
            let before = try await check()
            #expect(before <= rounds)

            // Retrying every request with its key completes each exactly once.
            for round in 1...rounds {
                let response = try await observer.call(
                    "network.update", ["name": .string("Hang-up \(round)"), "idempotencyKey": .string("hangup-\(round)")])
                #expect(response.result?["name"] == .string("Hang-up \(round)"))
            }
            #expect(try await check() == rounds)
            #expect(severeLogLines(daemon).isEmpty, "\(severeLogLines(daemon))")
            try await Self.expectStillServing(observer)
        }
    }

    @Test func clientHangingUpWhileTheDaemonWritesDoesNotDisturbOthers() async throws {
        try await withDaemon { daemon in
            let other = try await TestConnection.connect(daemon.socketPath)
            for _ in 1...10 {
                let connection = try await TestConnection.connect(daemon.socketPath)
                // rpc.discover has a large answer; hang up without reading it.
                try await connection.sendLine(#"{"jsonrpc":"2.0","method":"rpc.discover","id":1}"#)
                try await connection.sendLine(#"{"jsonrpc":"2.0","method":"rpc.discover","id":2}"#)
                connection.close()
            }
            try await Self.expectStillServing(other)
            #expect(severeLogLines(daemon).isEmpty)
        }
    }

    // MARK: - Many clients

    @Test func hundredConcurrentClientsAreAllServedCorrectly() async throws {
        try await withDaemon(configure: { $0.maxConnections = 200 }) { daemon in
            let clients = 100
            let callsEach = 6
            let path = daemon.socketPath
            let connected = Locked(0)
            let results = try await withThrowingTaskGroup(of: Int.self) { group in
                for client in 0..<clients {
                    group.addTask {
                        try await offPool {
                            let connection = try AdminClient(path: path)
                            defer { connection.close() }
                            // Hold every client connected before anyone calls.
                            connected.withLock { $0 += 1 }
                            let deadline = Date().addingTimeInterval(10)
                            while connected.withLock({ $0 }) < clients, Date() < deadline { usleep(1000) }
                            var good = 0
                            for call in 0..<callsEach {
                                if (client + call) % 2 == 0 {
                                    let status = try connection.call(DaemonStatus.self, NoParams())
                                    if status.version == NetworkdVersion.current, status.database.reachable { good += 1 }
                                } else {
                                    let network = try connection.call(NetworkGet.self, NoParams())
                                    if network.shortName == "CCIN", network.version >= 1 { good += 1 }
                                }
                            }
                            return good
                        }
                    }
                }
                var total = 0
                for try await good in group { total += good }
                return total
            }
            #expect(connected.withLock { $0 } == clients)
            #expect(results == clients * callsEach)
            #expect(severeLogLines(daemon).isEmpty)
        }
    }

    // MARK: - Connection cap and idle timeout

    @Test func connectionBeyondTheCapIsToldUnavailableAndClosedUntilOneLeaves() async throws {
        try await withDaemon(configure: { $0.maxConnections = 2 }) { daemon in
            // The start-up probe's connection may still hold a slot for a moment (a loaded
            // machine is slow to notice its hang-up), so both are admitted with a retry.
            let first = try await Self.admittedConnection(daemon.socketPath)
            try await Self.waitUntilConnected(1, via: first)
            let second = try await Self.admittedConnection(daemon.socketPath)
            try await Self.waitUntilConnected(2, via: second)

            let third = try await TestConnection.connect(daemon.socketPath)
            let refusal = try await third.readJSON()
            #expect(refusal.errorCode == -32000)
            #expect(refusal.errorKind == "unavailable")
            #expect(refusal.responseID == .null)
            #expect(try await third.closesWithin(.seconds(60)))

            first.close()
            // The daemon notices the hang-up asynchronously: a newcomer is admitted soon after.
            var served = false
            let deadline = ContinuousClock.now + .seconds(60)
            while !served, ContinuousClock.now < deadline {
                let newcomer = try await TestConnection.connect(daemon.socketPath)
                let answer = try await newcomer.exchange(Self.statusLine)
                if answer["result"] != nil {
                    served = true
                } else {
                    #expect(answer.errorKind == "unavailable")
                    try await Task.sleep(for: .milliseconds(50))
                }
            }
            #expect(served)
            try await Self.expectStillServing(second)
        }
    }

    /// The refusal is written the instant a connection arrives; it must never be lost to the
    /// race with the connection becoming active.
    @Test func everyRefusedClientReadsTheUnavailableLineBeforeTheClose() async throws {
        try await withDaemon(configure: { $0.maxConnections = 1 }) { daemon in
            let first = try await Self.admittedConnection(daemon.socketPath)
            let path = daemon.socketPath
            let outcomes = try await offPool {
                try (0..<50).map { _ -> String in
                    let client = try AdminClient(path: path)
                    defer { client.close() }
                    do {
                        return String(decoding: try client.readLine(), as: UTF8.self)
                    } catch {
                        return "no line: \(error)"
                    }
                }
            }
            withExtendedLifetime(first) {}  // the admitted client holds the only slot throughout
            let lost = outcomes.filter { (try? JSONCoding.readValue(Array($0.utf8)))?.errorKind != "unavailable" }
            #expect(lost.isEmpty, "\(lost.count) of 50 refused clients got no refusal: \(lost.first ?? "")")
        }
    }

    @Test func idleClientIsDisconnectedAfterTheIdleTimeout() async throws {
        // Bounds that hold on a loaded 2-core machine: the close can come late but never early,
        // and a talking client may only be cut off after it really fell silent for a period.
        try await withDaemon(configure: { $0.idleTimeoutSeconds = 2 }) { daemon in
            let started = ContinuousClock.now
            let connection = try await TestConnection.connect(daemon.socketPath)
            #expect(try await connection.closesWithin(.seconds(90)))
            let elapsed = ContinuousClock.now - started
            #expect(elapsed > .milliseconds(1900), "closed after \(elapsed), before the timeout")

            // A client that keeps talking is not cut off (the pings need no database). If this
            // machine stalls the client for a whole period, the close is legitimate — but only
            // then: it must come at least a period after the last answered ping was sent.
            // The daemon's idle clock starts when it accepts, which is after the connect began
            // and may be long before the connect returns here on a loaded machine.
            var lastAnsweredSend = ContinuousClock.now
            let busy = try await TestConnection.connect(daemon.socketPath)
            var answered = 0
            for id in 1...8 {
                let sent = ContinuousClock.now
                guard (try? await busy.sendLine(#"{"jsonrpc":"2.0","method":"no.such","id":\#(id)}"#)) == true,
                      let line = try await busy.readLine(), let pong = try? JSONCoding.readValue(line)
                else {
                    let silent = ContinuousClock.now - lastAnsweredSend
                    #expect(silent >= .seconds(2), "cut off after \(answered) answers, only \(silent) after the last answered ping")
                    return
                }
                #expect(pong.errorCode == -32601 && pong.responseID == .integer(Int64(id)))
                lastAnsweredSend = sent
                answered += 1
                try await Task.sleep(for: .milliseconds(300))
            }
            #expect(answered == 8)
        }
    }
}
