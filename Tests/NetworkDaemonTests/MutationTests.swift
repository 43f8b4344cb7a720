import AdminProtocol
import NetworkCore
import NetworkTestSupport
import Testing

/// The mutation machinery (`MutationScope.swift`, `MethodRegistry.mutation`) through `network.update`: one transaction with
/// its audit record, `expectedVersion`, `idempotencyKey`, and validation that writes nothing.
@Suite("Mutations", .freshDatabase)
struct MutationTests {
    static let originalName = "Co-operative Councils' Innovation Network"

    /// What the database holds: the version, the number of audit rows, the number of stored keys.
    static func written() async throws -> (version: Int, audits: Int, keys: Int) {
        let row = try await psql(
            "SELECT (SELECT version FROM network), (SELECT count(*) FROM audit_log), (SELECT count(*) FROM idempotency_keys)")
        let parts = row.split(separator: "|").compactMap { Int($0) }
        try #require(parts.count == 3)
        return (parts[0], parts[1], parts[2])
    }

    @Test func updateBumpsTheVersionAndWritesExactlyOneAuditRow() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.call("network.update", ["name": "  New Name  ", "currency": "EUR"])
            let result = try #require(response.result)
            #expect(result["name"] == "New Name", "surrounding whitespace is trimmed")
            #expect(result["currency"] == "EUR")
            #expect(result["shortName"] == "CCIN", "fields left out keep their value")
            #expect(result["timeZone"] == "Europe/London")
            #expect(result["yearStartMonth"] == 8)
            #expect(result["version"] == 2)
            #expect(try await connection.call("network.get").result == result)

            let audit = try #require(try await connection.call("audit.list").result)
            let entries = try #require(audit["entries"]?.arrayValue)
            try #require(entries.count == 1)
            let entry = entries[0]
            #expect(entry["actor"] == "uid:0(root)")
            #expect(entry["role"] == "secretariat")
            #expect(entry["method"] == "network.update")
            #expect(entry["target"] == "network")
            #expect(entry["before"]?["name"] == .string(Self.originalName))
            #expect(entry["before"]?["version"] == 1)
            #expect(entry["before"]?["currency"] == "GBP")
            #expect(entry["after"] == result)
            #expect(entry["requestId"]?.stringValue?.count == 16)
            #expect(try await Self.written() == (2, 1, 0))
        }
    }

    @Test func matchingExpectedVersionSucceedsAndAStaleOneIsAConflictNamingTheCurrentVersion() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let first = try await connection.call("network.update", ["name": "First", "expectedVersion": 1])
            #expect(first.result?["version"] == 2)
            let stale = try await connection.call("network.update", ["name": "Second", "expectedVersion": 1])
            let error = try #require(stale.error)
            #expect(error.code == -32003)
            #expect(error.kind == "conflict")
            #expect(error.data?["currentVersion"] == 2)
            let future = try await connection.call("network.update", ["name": "Second", "expectedVersion": 7])
            #expect(future.error?.data?["currentVersion"] == 2)
            #expect(try await connection.call("network.get").result?["name"] == "First")
            #expect(try await Self.written() == (2, 1, 0))
        }
    }

    @Test func concurrentUpdatesExpectingTheSameVersionLetExactlyOneWin() async throws {
        try await withDaemon { daemon in
            let path = daemon.socketPath
            let outcomes = try await withThrowingTaskGroup(of: RPCResponse.self) { group in
                for index in 0..<10 {
                    group.addTask {
                        let connection = try await TestConnection.connect(path)
                        return try await connection.call("network.update", ["name": .string("Racer \(index)"), "expectedVersion": 1])
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.filter { $0.result != nil }.count == 1)
            let conflicts = outcomes.compactMap(\.error)
            #expect(conflicts.count == 9)
            #expect(conflicts.allSatisfy { $0.code == -32003 && $0.data?["currentVersion"] == 2 })
            #expect(try await Self.written() == (2, 1, 0))
        }
    }

    @Test func retryWithTheSameIdempotencyKeyReturnsTheFirstResultAndChangesNothing() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let params: JSONValue = ["name": "Once", "yearStartMonth": 1, "idempotencyKey": "key-1"]
            let first = try #require(try await connection.call("network.update", params).result)
            #expect(first["version"] == 2)
            let retry = try await connection.call("network.update", params)
            #expect(retry.result == first)
            #expect(try await Self.written() == (2, 1, 1))

            // Even after someone else changed the settings, the retry answers what it did then.
            _ = try await connection.call("network.update", ["name": "Later"])
            let late = try await connection.call("network.update", params)
            #expect(late.result == first)
            #expect(try await connection.call("network.get").result?["name"] == "Later")
            #expect(try await Self.written() == (3, 2, 1))
        }
    }

    @Test func paramOrderAndExpectedVersionAreComparedAsValuesForRetries() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            try await connection.sendLine(
                #"{"jsonrpc":"2.0","id":1,"method":"network.update","params":{"idempotencyKey":"k","name":"A","expectedVersion":1,"currency":"USD"}}"#)
            let first = try await connection.readJSON()
            #expect(first["result"]?["version"] == 2)
            try await connection.sendLine(
                #"{"jsonrpc":"2.0","id":2,"method":"network.update","params":{"currency":"USD","expectedVersion":1,"name":"A","idempotencyKey":"k"}}"#)
            let second = try await connection.readJSON()
            #expect(second["result"] == first["result"], "the same request, members reordered, is a retry")
            #expect(try await Self.written() == (2, 1, 1))
        }
    }

    @Test(arguments: [
        #"{"name":"Different","idempotencyKey":"key-2"}"#,
        #"{"name":"Original","currency":"EUR","idempotencyKey":"key-2"}"#,
        #"{"idempotencyKey":"key-2"}"#,
        #"{"name":"Original","expectedVersion":1,"idempotencyKey":"key-2"}"#,
    ])
    func sameIdempotencyKeyWithDifferentParamsIsAConflict(second: String) async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            _ = try #require(try await connection.call("network.update", ["name": "Original", "idempotencyKey": "key-2"]).result)
            let reused = try await connection.call("network.update", json(second))
            #expect(reused.error?.code == -32003)
            #expect(reused.error?.kind == "conflict")
            #expect(reused.error?.message.contains("key-2") == true)
            #expect(try await connection.call("network.get").result?["name"] == "Original")
            #expect(try await Self.written() == (2, 1, 1))
        }
    }

    @Test func idempotencyKeysAreScopedToTheActor() async throws {
        try await withDispatcher { harness in
            let alice = DispatcherHarness.caller(uid: 2001, name: "alice", roles: [.secretariat])
            let bob = DispatcherHarness.caller(uid: 2002, name: "bob", roles: [.secretariat])
            let byAlice = try await harness.call("network.update", ["name": "Alice", "idempotencyKey": "shared"], as: alice)
            #expect(byAlice.result?["version"] == 2)
            // Bob's identical key is his own: different params are no conflict, and the work is done.
            let byBob = try await harness.call("network.update", ["name": "Bob", "idempotencyKey": "shared"], as: bob)
            #expect(byBob.result?["version"] == 3)
            #expect(try await Self.written() == (3, 2, 2))
        }
    }

    @Test func concurrentRetriesWithOneKeyDoTheWorkOnce() async throws {
        try await withDaemon { daemon in
            let path = daemon.socketPath
            let results = try await withThrowingTaskGroup(of: JSONValue?.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        let connection = try await TestConnection.connect(path)
                        return try await connection.call("network.update", ["name": "Concurrent", "idempotencyKey": "same"]).result
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(results.count == 8)
            #expect(Set(results).count == 1)
            #expect(results.first??["version"] == 2)
            #expect(try await Self.written() == (2, 1, 1))
        }
    }

    @Test(arguments: [(String(), false), (String(repeating: "k", count: 201), false), (String(repeating: "k", count: 200), true)])
    func idempotencyKeyMustBeOneToTwoHundredCharacters(key: String, accepted: Bool) async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.call("network.update", ["name": "Keyed", "idempotencyKey": .string(key)])
            if accepted {
                #expect(response.result?["version"] == 2)
                #expect(try await Self.written() == (2, 1, 1))
            } else {
                #expect(response.error?.code == -32005)
                #expect(response.validationFields == ["idempotencyKey"])
                #expect(try await Self.written() == (1, 0, 0))
            }
        }
    }

    // MARK: - Validation

    @Test func everyInvalidFieldIsListedAndNothingIsWritten() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let bad: JSONValue = ["timeZone": "Mars/Base", "currency": "gbp", "yearStartMonth": 13, "name": "", "shortName": "ccin",
                                  "idempotencyKey": "bad-then-good"]
            let response = try await connection.call("network.update", bad)
            #expect(response.error?.code == -32005)
            #expect(response.error?.kind == "validation")
            #expect(Set(response.validationFields) == ["timeZone", "currency", "yearStartMonth", "name", "shortName"])
            #expect(response.validationFields.count == 5, "each field once: \(response.validationFields)")
            #expect(response.error?.data?["fields"]?.arrayValue?.allSatisfy { $0["message"]?.stringValue?.isEmpty == false } == true)
            #expect(try await Self.written() == (1, 0, 0))
            #expect(try await connection.call("network.get").result?["name"] == .string(Self.originalName))

            // A refused request does not use up its key: fixed params under the same key go through.
            let fixed = try await connection.call("network.update", ["name": "Fixed", "idempotencyKey": "bad-then-good"])
            #expect(fixed.result?["version"] == 2)
        }
    }

    // The tables below run case after case on one database (creating one per case would be slow),
    // checking after each what it wrote.

    static let invalidFields: [(params: String, field: String)] = [
        (#"{"timeZone":"Mars/Base"}"#, "timeZone"),
        (#"{"timeZone":""}"#, "timeZone"),
        (#"{"timeZone":"europe/london"}"#, "timeZone"),
        (#"{"timeZone":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}"#, "timeZone"),
        (#"{"timeZone":"Europe/London'; DROP TABLE network; --"}"#, "timeZone"),
        (#"{"currency":"gbp"}"#, "currency"),
        (#"{"currency":"GB"}"#, "currency"),
        (#"{"currency":"GBPX"}"#, "currency"),
        (#"{"currency":"ÄBC"}"#, "currency"),
        (#"{"yearStartMonth":0}"#, "yearStartMonth"),
        (#"{"yearStartMonth":13}"#, "yearStartMonth"),
        (#"{"yearStartMonth":-1}"#, "yearStartMonth"),
        (#"{"name":""}"#, "name"),
        (#"{"name":"   \t  "}"#, "name"),
        (#"{"name":""# + String(repeating: "n", count: 201) + #""}"#, "name"),
        (#"{"shortName":"ccin"}"#, "shortName"),
        (#"{"shortName":""}"#, "shortName"),
        (#"{"shortName":"CC-IN"}"#, "shortName"),
        (#"{"shortName":"ÅB"}"#, "shortName"),
        (#"{"shortName":"AAAAAAAAAAAAAAAAA"}"#, "shortName"),
    ]

    @Test func invalidFieldIsValidationNamingItAndWritesNothing() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            for (params, field) in Self.invalidFields {
                let response = try await connection.call("network.update", json(params))
                #expect(response.error?.code == -32005, "\(params)")
                #expect(response.validationFields == [field], "\(params)")
            }
            #expect(try await Self.written() == (1, 0, 0))
        }
    }

    static let validEdgeValues: [String] = [
        #"{"timeZone":"UTC"}"#, #"{"timeZone":"America/Argentina/Buenos_Aires"}"#, #"{"currency":"EUR"}"#,
        #"{"yearStartMonth":1}"#, #"{"yearStartMonth":12}"#, #"{"shortName":"A"}"#, #"{"shortName":"ABCDEFGHIJ123456"}"#,
        #"{"name":""# + String(repeating: "n", count: 200) + #""}"#, #"{"name":"X"}"#,
    ]

    @Test func validValuesAtTheEdgesAreAccepted() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            for (index, text) in Self.validEdgeValues.enumerated() {
                let params = json(text)
                let response = try await connection.call("network.update", params)
                let result = try #require(response.result, "\(text): \(String(describing: response.error))")
                for (key, value) in params.objectValue ?? [:] {
                    #expect(result[key] == value, "\(text)")
                }
                #expect(try await Self.written() == (index + 2, index + 1, 0), "\(text)")
            }
        }
    }

    /// Hostile names, each with a label for messages (some are long or hold a NUL).
    static let hostileNames: [(label: String, value: String)] = [
        ("SQL injection", "'; DROP TABLE network; --"),
        ("SQL injection with quotes", #"Robert"); DROP TABLE audit_log;--"#),
        ("quotes and backslashes", #""quoted" and \backslash\ and \"both\""#),
        ("non-ASCII", "Zürich 日本語 🚀 Ünïcödé"),
        ("bidi override", "\u{202E}reversed\u{202C} text"),
        ("markup", "<script>alert(1)</script>"),
        ("format specifiers", "%s%n%x%d {0} ${HOME} $(id)"),
        ("newline and tab", "line\nbreak and tab\tinside"),
        ("zero-width space", "zero\u{200B}width"),
        ("NUL", "nul\u{0000}inside"),
        ("200 characters of 400 code points", String(repeating: "e\u{301}", count: 200)),
        ("150 flags of 300 code points", String(repeating: "🇬🇧", count: 150)),
        ("200 emoji", String(repeating: "😀", count: 200)),
    ]

    /// Hostile names are stored exactly as sent or refused as invalid, naming the field — never an
    /// internal error, never a silently altered value.
    @Test func hostileNameIsStoredVerbatimOrRefusedAsInvalid() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            var changes = 0
            for (label, name) in Self.hostileNames {
                let response = try await connection.call("network.update", ["name": .string(name)])
                switch response.outcome {
                case .success(let result):
                    changes += 1
                    #expect(result["name"] == .string(name), "\(label)")
                    #expect(try await connection.call("network.get").result?["name"] == .string(name), "\(label)")
                case .failure(let error):
                    #expect(error.code == -32005, "\(label): \(error)")
                    #expect(response.validationFields == ["name"], "\(label): \(error)")
                }
                #expect(try await Self.written() == (changes + 1, changes, 0), "\(label)")
            }
            #expect(changes >= 9, "the harmless-but-odd names are stored")
            #expect(try await psql("SELECT count(*) FROM network") == "1")
            #expect(severeLogLines(daemon).isEmpty, "\(severeLogLines(daemon))")
        }
    }

    @Test func tenKilobyteNameIsRefusedAsTooLong() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.call("network.update", ["name": .string(String(repeating: "x", count: 10 * 1024))])
            #expect(response.error?.code == -32005)
            #expect(response.validationFields == ["name"])
        }
    }
}
