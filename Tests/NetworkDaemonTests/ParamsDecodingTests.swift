import AdminProtocol
import NetworkCore
import NetworkTestSupport
import Testing

/// Params that do not decode: every bad field is reported at once, enums say which values they
/// accept, and numbers are printed as written. All are `-32602` (invalid params) with
/// `data.kind` `invalid_params` and `data.fields`.
@Suite("Params decoding errors")
struct ParamsDecodingTests {
    static let secretariat = DispatcherHarness.caller(uid: 0, name: "root", roles: [.operator, .secretariat])

    static func fields(_ error: RPCError?) -> [String: String] {
        var fields: [String: String] = [:]
        for entry in error?.data?["fields"]?.arrayValue ?? [] {
            if let field = entry["field"]?.stringValue, let message = entry["message"]?.stringValue { fields[field] = message }
        }
        return fields
    }

    @Test func anEnumValueNotAcceptedListsTheValuesThatAre() async throws {
        try await withDispatcher { harness in
            let response = try await harness.call(
                "member.create", ["name": "Mars Council", "kind": "unitary", "tier": "full", "nation": "mars"], as: Self.secretariat)
            let error = try #require(response.error)
            #expect(error.code == RPCError.Code.invalidParams)
            #expect(error.message == #"Invalid params: nation: "mars" is not one of england, scotland, wales, northern_ireland, outside_uk"#)
            #expect(!error.message.contains("Cannot initialize"))
            #expect(error.kind == "invalid_params")
            #expect(Self.fields(error) == ["nation": #""mars" is not one of england, scotland, wales, northern_ireland, outside_uk"#])
        }
    }

    @Test func everyBadFieldIsReportedNotOnlyTheFirst() async throws {
        try await withDispatcher { harness in
            let params = json(#"{"name": 5, "nation": "mars", "population": "many", "poRequired": "yes", "budgetCapital": 1.5}"#)
            let response = try await harness.call("member.create", params, as: Self.secretariat)
            let error = try #require(response.error)
            #expect(error.code == RPCError.Code.invalidParams)
            #expect(Self.fields(error) == [
                "name": "expected a string",
                "kind": "is required",
                "tier": "is required",
                "nation": #""mars" is not one of england, scotland, wales, northern_ireland, outside_uk"#,
                "population": "expected an integer",
                "budgetCapital": "expected an integer",
                "poRequired": "expected a boolean",
            ])
            for field in ["name", "kind", "tier", "nation", "population", "budgetCapital", "poRequired"] {
                #expect(error.message.contains("\(field): "), "\(field) missing from \(error.message)")
            }
            // The daemon still serves.
            #expect(try await harness.call("network.get", as: Self.secretariat).result != nil)
        }
    }

    @Test func enumsInAnArrayNameTheirPosition() async throws {
        try await withDispatcher { harness in
            let params = json(#"{"memberId": 1, "name": "A", "email": "a@b.org", "roles": ["finance", "boss", "chef"]}"#)
            let error = try #require(try await harness.call("contact.add", params, as: Self.secretariat).error)
            #expect(error.code == RPCError.Code.invalidParams)
            #expect(Self.fields(error) == [
                "roles[1]": #""boss" is not one of lead_member, lead_officer, finance, events"#,
                "roles[2]": #""chef" is not one of lead_member, lead_officer, finance, events"#,
            ])
        }
    }

    @Test(arguments: [
        ("240000000000000000000000", "240000000000000000000000"),
        ("2.4e+23", "240000000000000000000000"),
        ("9223372036854775808", "9223372036854775808"),
    ])
    func anIntegerOutOfRangeIsPrintedAsAnInteger(written: String, shown: String) async throws {
        try await withDispatcher { harness in
            let line = #"{"jsonrpc":"2.0","id":1,"method":"member.get","params":{"id":\#(written)}}"#
            let answer = try #require(try await harness.respond(line, as: Self.secretariat))
            let message = try #require(answer["error"]?["message"]?.stringValue)
            #expect(answer["error"]?["code"] == .integer(Int64(RPCError.Code.invalidParams)))
            #expect(message == "Invalid params: id: \(shown) is out of range; must be from -9223372036854775808 to 9223372036854775807")
            #expect(!message.contains("e+"))
        }
    }
}
