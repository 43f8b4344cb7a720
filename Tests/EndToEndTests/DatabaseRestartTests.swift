import AdminProtocol
import Foundation
import NetworkTestSupport
import Testing

/// PostgreSQL restarts under a running networkd: requests in flight fail with a retryable
/// `unavailable` error, later ones succeed without restarting the daemon.
@Suite("networkd across a PostgreSQL restart", .serialized)
struct DatabaseRestartTests {
    @Test func inFlightRequestFailsRetryablyAndLaterRequestsSucceed() async throws {
        try #require(BuiltBinaries.areBuilt)
        let cluster = try await TestCluster.makePrivate()
        defer { cluster.stop() }
        let database = try await TestDatabase.fresh(in: cluster)
        let daemon = try DaemonProcess.start(database: database)
        defer { daemon.stop() }
        let client = try daemon.client()
        _ = try client.call(NetworkGet.self, NoParams())
        // Block an update behind a row lock held from outside, then restart the server under it.
        // Wait for the facts, not for time: a loaded machine can be slow to get there.
        let lock = try await RowLockHolder.hold("SELECT 1 FROM network FOR UPDATE", in: database)
        defer { lock.release() }
        nonisolated(unsafe) let blocked = try daemon.client()
        let inFlight = Task { try await offPool { try blocked.call("network.update", params: ["name": "During restart"]) } }
        try await lock.waitForWaiter()
        try await cluster.restart()
        let response = try await inFlight.value
        guard case .failure(let error) = response.outcome else {
            Issue.record("the request in flight did not fail: \(response)")
            return
        }
        #expect(error.code == RPCError.Code.unavailable)
        #expect(error.kind == "unavailable")
        lock.release()
        // Later requests succeed on fresh connections, on the old client connection too.
        let settings = try client.call(NetworkGet.self, NoParams())
        #expect(settings.name != "During restart")
        let updated = try client.call(NetworkUpdate.self, NetworkUpdate.Params(name: "After restart"))
        #expect(updated.name == "After restart")
        let status = try client.call(DaemonStatus.self, NoParams())
        #expect(status.database.reachable)
        #expect(daemon.process.isRunning)
    }
}

/// Polls `condition` until it holds (see `waitUntil`: up to 90 s, for a loaded machine).
func waitFor(_ what: String, _ condition: @escaping @Sendable () throws -> Bool) async throws {
    try await waitUntil(what) { try await offPool(condition) }
}
