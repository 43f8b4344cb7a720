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
        let locker = Process()
        locker.executableURL = URL(fileURLWithPath: "/bin/sh")
        locker.arguments = ["-c", "psql -X -q -d \"$0\" -c 'BEGIN' -c 'SELECT 1 FROM network FOR UPDATE' -c 'SELECT pg_sleep(20)' >/dev/null 2>&1",
                            database.conninfo]
        try locker.run()
        // Wait for the facts, not for time: a loaded machine can be slow to get there.
        try await waitFor("the lock is held") {
            try database.psql("SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(20)%' AND pid <> pg_backend_pid()")
                .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
        }
        let blocked = try daemon.client()
        let inFlight = Task.detached { try blocked.call("network.update", params: ["name": "During restart"]) }
        try await waitFor("the update waits on the lock") {
            try database.psql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND application_name = 'networkd'")
                .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
        }
        try await cluster.restart()
        let response = try await inFlight.value
        guard case .failure(let error) = response.outcome else {
            Issue.record("the request in flight did not fail: \(response)")
            return
        }
        #expect(error.code == RPCError.Code.unavailable)
        #expect(error.kind == "unavailable")
        locker.waitUntilExit()
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

/// Polls `condition` every 50 ms for up to 20 s.
func waitFor(_ what: String, _ condition: () throws -> Bool) async throws {
    let deadline = ContinuousClock.now + .seconds(20)
    while ContinuousClock.now < deadline {
        if try condition() { return }
        try await Task.sleep(for: .milliseconds(50))
    }
    Issue.record("timed out waiting until \(what)")
}
