import AdminProtocol
import MembershipTestSupport
import NetworkTestSupport
@testable import NetworkDaemon
import Testing

/// The dispatcher writes a result's JSON straight from the handler's value and puts the response
/// around it by hand: every answer line must still be the wire's canonical form — compact, keys
/// sorted by their bytes — the very bytes that reading it and writing the value again give.
@Suite("Response bytes", .freshDatabase)
struct ResponseBytesTests {
    static func answer(_ line: String, _ h: MembershipHarness) async throws -> [UInt8] {
        try #require(await h.request.dispatcher.respond(to: Array(line.utf8), session: ConnectionSession(caller: MembershipHarness.staff)))
    }

    @Test func answersAreTheCanonicalBytesOfTheirValue() async throws {
        try await withMembership { h in
            let member = try await h.call(MemberCreate.self, MembershipHarness.council("Wakefield Council", region: "Yorkshire and the Humber"))
            let lines = [
                #"{"jsonrpc":"2.0","id":1,"method":"network.get"}"#,
                #"{"jsonrpc":"2.0","id":"a \"quoted\" id ☃","method":"member.get","params":{"id":\#(member.id)}}"#,
                #"{"jsonrpc":"2.0","id":null,"method":"member.list","params":{"limit":5}}"#,
                #"{"jsonrpc":"2.0","id":-9007199254740993,"method":"daemon.status"}"#,
                #"{"jsonrpc":"2.0","id":2,"method":"member.get","params":{"id":999999}}"#,
                #"{"jsonrpc":"2.0","id":3,"method":"no.such.method"}"#,
                #"[{"jsonrpc":"2.0","id":4,"method":"network.get"},{"jsonrpc":"2.0","method":"network.get"},{"jsonrpc":"2.0","id":5,"method":"member.get","params":{"id":\#(member.id)}}]"#,
            ]
            for line in lines {
                let answer = try await Self.answer(line, h)
                let value = try JSONCoding.readValue(answer)
                #expect(try JSONCoding.encode(value) == answer, "\(String(decoding: answer, as: UTF8.self))")
            }
            let single = try JSONCoding.readValue(try await Self.answer(lines[1], h))
            #expect(single["id"] == .string("a \"quoted\" id ☃"))
            #expect(single["result"]?["name"] == "Wakefield Council")
            let batch = try JSONCoding.readValue(try await Self.answer(lines[6], h))
            #expect(batch.arrayValue?.compactMap { $0["id"]?.int64Value } == [4, 5])
        }
    }

    @Test func aResultOverTheCapIsReplacedWithItsID() async throws {
        var configuration = DaemonConfiguration()
        configuration.maxResponseBytes = 100
        try await withMembership(configuration: configuration) { h in
            let answer = try JSONCoding.readValue(try await Self.answer(#"{"jsonrpc":"2.0","id":7,"method":"network.get"}"#, h))
            #expect(answer["id"] == 7)
            #expect(answer["error"]?["code"] == .integer(Int64(RPCError.Code.tooLarge)))
            #expect(answer["result"] == nil)
        }
    }
}
