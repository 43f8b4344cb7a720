import AdminProtocol
import Logging
import NetworkCore
import NetworkDaemon
import NetworkStore
import NetworkTestSupport
import Testing

/// The registry's own checks on a mutation body, with deliberately wrong handlers registered for
/// a real method: a body that ignores the caller's `expectedVersion` fails the call and writes
/// nothing, so no handler can silently overwrite a newer version.
@Suite("Mutation scope", .freshDatabase)
struct MutationScopeTests {
    /// A dispatcher whose `network.update` changes the name and never looks at the version.
    static func careless(_ harness: DispatcherHarness) -> RequestDispatcher {
        var registry = MethodRegistry()
        registry.mutation(NetworkUpdate.self) { _, params, scope in
            var profile = try NetworkProfileStore.get(on: scope.connection, forUpdate: true)
            profile.name = params.name ?? profile.name
            let stored = try NetworkProfileStore.update(profile, on: scope.connection)
            return MutationOutcome(result: NetworkProfileWire(stored), target: "network", before: nil, after: nil)
        }
        return RequestDispatcher(registry: registry, services: harness.services, logger: Logger(label: "careless"))
    }

    static let root = DispatcherHarness.caller(uid: 0, name: "root", roles: [.operator, .secretariat])

    @Test func aBodyThatIgnoresTheExpectedVersionFailsAndWritesNothing() async throws {
        try await withDispatcher { harness in
            let dispatcher = Self.careless(harness)
            let line = #"{"jsonrpc":"2.0","id":1,"method":"network.update","params":{"name":"Renamed","expectedVersion":7}}"#
            let answer = try #require(await dispatcher.respond(to: Array(line.utf8), session: ConnectionSession(caller: Self.root)))
            let response = try RPCResponse(from: try JSONCoding.readValue(answer))
            #expect(response.error?.code == RPCError.Code.internalError)
            #expect(try await psql("SELECT name || '|' || version FROM network") == "Co-operative Councils' Innovation Network|1")
            #expect(try await psql("SELECT count(*) FROM audit_log") == "0")
        }
    }

    @Test func withoutAnExpectedVersionTheSameBodyCommitsWithItsAuditRow() async throws {
        try await withDispatcher { harness in
            let dispatcher = Self.careless(harness)
            let line = #"{"jsonrpc":"2.0","id":1,"method":"network.update","params":{"name":"Renamed"}}"#
            let answer = try #require(await dispatcher.respond(to: Array(line.utf8), session: ConnectionSession(caller: Self.root)))
            let response = try RPCResponse(from: try JSONCoding.readValue(answer))
            #expect(response.error == nil)
            #expect(try await psql("SELECT name || '|' || version FROM network") == "Renamed|2")
            #expect(try await psql("SELECT count(*) FROM audit_log WHERE method = 'network.update'") == "1")
        }
    }
}
