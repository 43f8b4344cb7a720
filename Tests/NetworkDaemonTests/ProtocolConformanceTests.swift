import AdminProtocol
import Foundation
import NetworkTestSupport
import Testing

/// JSON-RPC 2.0 over the real socket: the specification's own examples, wrong shapes, unknown
/// methods and bad params.
@Suite("JSON-RPC conformance")
struct ProtocolConformanceTests {
    // MARK: - The specification's examples (section 7), adapted

    /// The spec's methods (subtract, update, foobar…) do not exist here: a call gets -32601 with
    /// its id, a notification gets nothing.
    @Test(arguments: [
        (#"{"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": 1}"#, JSONValue.integer(1)),
        (#"{"jsonrpc": "2.0", "method": "subtract", "params": [23, 42], "id": 2}"#, .integer(2)),
        (#"{"jsonrpc": "2.0", "method": "subtract", "params": {"subtrahend": 23, "minuend": 42}, "id": 3}"#, .integer(3)),
        (#"{"jsonrpc": "2.0", "method": "subtract", "params": {"minuend": 42, "subtrahend": 23}, "id": 4}"#, .integer(4)),
        (#"{"jsonrpc": "2.0", "method": "foobar", "id": "1"}"#, .string("1")),
    ])
    func specificationCallOfAnUnknownMethodIsMethodNotFoundWithItsID(line: String, id: JSONValue) async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.exchange(line)
            #expect(response["jsonrpc"] == "2.0")
            #expect(response.errorCode == -32601)
            #expect(response.responseID == id)
            #expect(response["result"] == nil)
        }
    }

    @Test func specificationNotificationsOfUnknownMethodsGetNoResponse() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            try await connection.sendLine(#"{"jsonrpc": "2.0", "method": "update", "params": [1,2,3,4,5]}"#)
            try await connection.sendLine(#"{"jsonrpc": "2.0", "method": "foobar"}"#)
            // The next line on the wire must be the answer to this request, not to the notifications.
            let response = try await connection.exchange(#"{"jsonrpc":"2.0","method":"daemon.status","id":"after"}"#)
            #expect(response.responseID == "after")
            #expect(response["result"]?["version"] != nil)
        }
    }

    @Test func specificationInvalidJSONIsParseErrorWithNullID() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.exchange(#"{"jsonrpc": "2.0", "method": "foobar, "params": "bar", "baz]"#)
            #expect(response.errorCode == -32700)
            #expect(response.responseID == .null)
        }
    }

    @Test func specificationInvalidRequestObjectIsInvalidRequestWithNullID() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.exchange(#"{"jsonrpc": "2.0", "method": 1, "params": "bar"}"#)
            #expect(response.errorCode == -32600)
            #expect(response.responseID == .null)
        }
    }

    @Test func specificationBatchWithInvalidJSONIsOneParseError() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.exchange(
                #"[{"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"},{"jsonrpc": "2.0", "method"]"#)
            #expect(response.arrayValue == nil, "a single error object, not an array")
            #expect(response.errorCode == -32700)
            #expect(response.responseID == .null)
        }
    }

    @Test func specificationEmptyBatchIsOneInvalidRequest() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.exchange("[]")
            #expect(response.arrayValue == nil, "a single error object, not an array")
            #expect(response.errorCode == -32600)
            #expect(response.responseID == .null)
        }
    }

    @Test(arguments: ["[1]", "[1,2,3]", #"[1, "x", null, true, []]"#])
    func specificationBatchOfNonObjectsIsOneInvalidRequestPerElement(line: String) async throws {
        let expectedCount = try #require(try JSONCoding.readValue(Array(line.utf8)).arrayValue).count
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.exchange(line)
            let elements = try #require(response.arrayValue)
            #expect(elements.count == expectedCount)
            for element in elements {
                #expect(element.errorCode == -32600)
                #expect(element.responseID == .null)
            }
        }
    }

    @Test func specificationMixedBatchAnswersOnlyTheCallsWithIDs() async throws {
        let batch = """
            [{"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"},\
            {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]},\
            {"jsonrpc": "2.0", "method": "subtract", "params": [42,23], "id": "2"},\
            {"foo": "boo"},\
            {"jsonrpc": "2.0", "method": "foo.get", "params": {"name": "myself"}, "id": "5"},\
            {"jsonrpc": "2.0", "method": "get_data", "id": "9"},\
            {"jsonrpc": "2.0", "method": "network.get", "id": "10"},\
            {"jsonrpc": "2.0", "method": "network.get"}]
            """
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.exchange(batch)
            let elements = try #require(response.arrayValue)
            #expect(elements.count == 6)
            var byID: [JSONValue: JSONValue] = [:]
            for element in elements { byID[element.responseID ?? .null] = element }
            for id in ["1", "2", "5", "9"] as [JSONValue] {
                #expect(byID[id]?.errorCode == -32601, "id \(id)")
            }
            #expect(byID[.null]?.errorCode == -32600)
            #expect(byID["10"]?["result"]?["shortName"] == "CCIN")
        }
    }

    @Test func specificationBatchOfOnlyNotificationsGetsNoResponseAtAll() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            try await connection.sendLine(
                #"[{"jsonrpc": "2.0", "method": "notify_sum", "params": [1,2,4]},{"jsonrpc": "2.0", "method": "notify_hello", "params": [7]}]"#)
            try await connection.sendLine(#"[{"jsonrpc": "2.0", "method": "network.get"},{"jsonrpc": "2.0", "method": "daemon.status"}]"#)
            let response = try await connection.exchange(#"{"jsonrpc":"2.0","method":"network.get","id":99}"#)
            #expect(response.responseID == 99)
            #expect(response["result"]?["shortName"] == "CCIN")
        }
    }

    @Test func requestWithNullIDIsAnsweredNotTreatedAsANotification() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.exchange(#"{"jsonrpc":"2.0","method":"network.get","id":null}"#)
            #expect(response.responseID == .null)
            #expect(response["result"]?["shortName"] == "CCIN")
        }
    }

    @Test(arguments: [
        (#""abc""#, JSONValue.string("abc")),
        ("9007199254740993", .integer(9_007_199_254_740_993)),
        ("-1", .integer(-1)),
        ("0", .integer(0)),
        ("1.5", .double(1.5)),
        (#""""#, .string("")),
    ])
    func idIsEchoedExactly(idText: String, id: JSONValue) async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            try await connection.sendLine(#"{"jsonrpc":"2.0","method":"network.get","id":\#(idText)}"#)
            let line = try #require(try await connection.readLine())
            let response = try JSONCoding.readValue(line)
            #expect(response.responseID == id)
            #expect(response["result"] != nil)
            // The id is written back as it was sent, digit for digit.
            #expect(String(decoding: line, as: UTF8.self).contains(#""id":\#(idText)"#))
        }
    }

    @Test func crlfLinesAndBlankLinesAreTolerated() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            try await connection.send(Array("\n   \n\t\n".utf8))
            try await connection.send(Array(#"{"jsonrpc":"2.0","method":"network.get","id":1}"#.utf8) + [13, 10])
            let response = try await connection.readJSON()
            #expect(response.responseID == 1)
            #expect(response["result"]?["shortName"] == "CCIN")
        }
    }

    @Test func pipelinedRequestsInOneWriteAreAnsweredInOrder() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let lines = (1...20).map { #"{"jsonrpc":"2.0","method":"network.get","id":\#($0)}"# }.joined(separator: "\n") + "\n"
            try await connection.send(Array(lines.utf8))
            for id in 1...20 {
                let response = try await connection.readJSON()
                #expect(response.responseID == .integer(Int64(id)))
                #expect(response["result"] != nil)
            }
        }
    }

    // MARK: - Wrong shapes

    @Test(arguments: [
        (#"{"id":1,"method":"daemon.status"}"#, JSONValue.integer(1), "jsonrpc"),
        (#"{"jsonrpc":"1.0","id":2,"method":"daemon.status"}"#, .integer(2), "jsonrpc"),
        (#"{"jsonrpc":2.0,"id":3,"method":"daemon.status"}"#, .integer(3), "jsonrpc"),
        (#"{"jsonrpc":"2.0","id":4}"#, .integer(4), "method"),
        (#"{"jsonrpc":"2.0","id":5,"method":5}"#, .integer(5), "method"),
        (#"{"jsonrpc":"2.0","id":6,"method":null}"#, .integer(6), "method"),
        (#"{"jsonrpc":"2.0","id":7,"method":["daemon.status"]}"#, .integer(7), "method"),
        (#"{"jsonrpc":"2.0","id":8,"method":"daemon.status","params":"x"}"#, .integer(8), "params"),
        (#"{"jsonrpc":"2.0","id":9,"method":"daemon.status","params":42}"#, .integer(9), "params"),
        (#"{"jsonrpc":"2.0","id":10,"method":"daemon.status","params":null}"#, .integer(10), "params"),
        (#"{"jsonrpc":"2.0","id":11,"method":"daemon.status","params":true}"#, .integer(11), "params"),
        (#"{"jsonrpc":"2.0","id":{"a":1},"method":"daemon.status"}"#, .null, "id"),
        (#"{"jsonrpc":"2.0","id":[1],"method":"daemon.status"}"#, .null, "id"),
        (#"{"jsonrpc":"2.0","id":true,"method":"daemon.status"}"#, .null, "id"),
        (#"{"jsonrpc":"2.0","id":"x","method":"daemon.status","extra":1}"#, .string("x"), "extra"),
        (#"{"jsonrpc":"2.0","id":"y","method":"daemon.status","result":1}"#, .string("y"), "result"),
        (#"{}"#, .null, "jsonrpc"),
        (#""hello""#, .null, "object"),
        ("42", .null, "object"),
        ("null", .null, "object"),
        ("true", .null, "object"),
    ])
    func wrongRequestShapeIsInvalidRequestWithTheReadableID(line: String, id: JSONValue, mentions: String) async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.exchange(line)
            #expect(response.errorCode == -32600)
            #expect(response.responseID == id)
            #expect(response.errorMessage?.contains(mentions) == true, "\(response.errorMessage ?? "")")
            // Still serving on the same connection.
            let next = try await connection.call("network.get")
            #expect(next.result?["shortName"] == "CCIN")
        }
    }

    // MARK: - Methods and params

    @Test(arguments: ["nope", "", "daemon", "daemon.Status", "DAEMON.STATUS", "daemon.status ", "rpc.discover.x",
                      "network.delete", String(repeating: "m", count: 5000)])
    func unknownMethodIsMethodNotFound(method: String) async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.call(method)
            #expect(response.error?.code == -32601)
            // A long method name is cut short in the message, never echoed whole.
            #expect((response.error?.message.count ?? 0) < 200)
        }
    }

    @Test(.freshDatabase, arguments: ["daemon.status", "network.get", "audit.list", "network.update", "rpc.discover"])
    func paramsByPositionAreInvalidParams(method: String) async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.call(method, [10])
            #expect(response.error?.code == -32602)
            #expect(response.error?.message.contains("by name") == true)
            let count = try await psql("SELECT count(*) FROM audit_log")
            #expect(count == "0")
        }
    }

    @Test func emptyPositionalParamsMeanNoParams() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.call("network.get", [])
            #expect(response.result?["shortName"] == "CCIN")
        }
    }

    @Test(arguments: [
        (#"{"limit":"x"}"#, "limit"),
        (#"{"limit":1.5}"#, "limit"),
        (#"{"limit":true}"#, "limit"),
        (#"{"limit":[1]}"#, "limit"),
        (#"{"limit":{"a":1}}"#, "limit"),
        (#"{"limit":1e20}"#, "limit"),
        (#"{"after":"5"}"#, "after"),
        (#"{"method":5}"#, "method"),
        (#"{"actor":["x"]}"#, "actor"),
        (#"{"target":false}"#, "target"),
    ])
    func wrongParamTypeIsInvalidParamsNamingTheField(params: String, field: String) async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.call("audit.list", json(params))
            #expect(response.error?.code == -32602)
            #expect(response.error?.message.contains(field) == true, "\(response.error?.message ?? "")")
        }
    }

    @Test(.freshDatabase) func networkUpdateWithWrongParamTypesNamesTheFieldAndWritesNothing() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let cases: [(String, String)] = [
                (#"{"yearStartMonth":"8"}"#, "yearStartMonth"), (#"{"name":5}"#, "name"),
                (#"{"expectedVersion":"1"}"#, "expectedVersion"), (#"{"idempotencyKey":1}"#, "idempotencyKey"),
            ]
            for (params, field) in cases {
                let response = try await connection.call("network.update", json(params))
                #expect(response.error?.code == -32602)
                #expect(response.error?.message.contains(field) == true, "\(response.error?.message ?? "")")
            }
            #expect(try await psql("SELECT version FROM network") == "1")
            #expect(try await psql("SELECT count(*) FROM audit_log") == "0")
        }
    }

    @Test func nullForAnOptionalParamMeansAbsent() async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.call("audit.list", ["limit": nil, "after": nil])
            #expect(response.result?["entries"]?.arrayValue != nil, "\(String(describing: response.error))")
        }
    }

    @Test(.freshDatabase, arguments: [
        ("audit.list", #"{"limits":5}"#, "limits"),
        ("audit.list", #"{"Limit":5}"#, "Limit"),
        ("daemon.status", #"{"verbose":true}"#, "verbose"),
        ("network.get", #"{"x":1}"#, "x"),
        ("network.update", #"{"version":2}"#, "version"),
        ("rpc.discover", #"{"all":true}"#, "all"),
    ])
    func unknownParameterIsInvalidParamsNamingIt(method: String, params: String, name: String) async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.call(method, json(params))
            #expect(response.error?.code == -32602)
            #expect(response.error?.message.contains("\"\(name)\"") == true, "\(response.error?.message ?? "")")
            #expect(try await psql("SELECT count(*) FROM audit_log") == "0")
        }
    }

    @Test(arguments: [
        (#"{"limit":0}"#, "limit"),
        (#"{"limit":501}"#, "limit"),
        (#"{"limit":-1}"#, "limit"),
        (#"{"after":0}"#, "after"),
        (#"{"after":-5}"#, "after"),
    ])
    func outOfRangeParamIsValidationListingTheField(params: String, field: String) async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.call("audit.list", json(params))
            #expect(response.error?.code == -32005)
            #expect(response.error?.kind == "validation")
            #expect(response.validationFields == [field])
        }
    }

    @Test(arguments: [1, 500])
    func limitAtTheEdgesOfItsRangeIsAccepted(limit: Int64) async throws {
        try await withDaemon { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.call("audit.list", ["limit": .integer(limit)])
            let entries = try #require(response.result?["entries"]?.arrayValue, "\(String(describing: response.error))")
            #expect(entries.count <= Int(limit))
        }
    }

    // MARK: - daemon.status

    @Test(.freshDatabase) func daemonStatusReportsSaneFields() async throws {
        try await withDaemon(configure: { $0.poolSize = 5; $0.maxConnections = 17 }) { daemon in
            let connection = try await TestConnection.connect(daemon.socketPath)
            let response = try await connection.call("daemon.status")
            let result = try #require(response.result)
            let status = try JSONCoding.decode(DaemonStatus.Result.self, from: result)
            #expect(!status.version.isEmpty)
            let latest = try #require(try FileManager.default.contentsOfDirectory(atPath: TestDatabase.migrationsDirectory)
                .compactMap { Int($0.prefix(4)) }.max())
            #expect(latest >= 2)
            #expect(status.schemaVersion == latest)
            #expect(status.schemaExpected == latest)
            #expect(status.database.reachable)
            #expect(status.database.name == daemon.database.name)
            #expect(status.database.serverVersion?.isEmpty == false)
            #expect(status.pool.max == 5)
            #expect(status.pool.open >= 1 && status.pool.open <= 5)
            #expect(status.pool.inUse + status.pool.idle == status.pool.open)
            #expect(status.clients.max == 17)
            #expect(status.clients.connected >= 1)
            #expect(status.clients.requestsInFlight == 1, "this very request")
            #expect(status.uptimeSeconds >= 0 && status.uptimeSeconds < 600)
            #expect(status.counts["auditEntries"] == 0)
            #expect(status.counts["currentMembers"] == 0)
            #expect(status.counts["openApplications"] == 0)
            #expect(!status.startedAt.isEmpty)
            #expect(status.pid > 0)
            // The served count grows.
            let again = try JSONCoding.decode(DaemonStatus.Result.self, from: try #require(try await connection.call("daemon.status").result))
            #expect(again.clients.requestsServed > status.clients.requestsServed)
        }
    }
}
