import AdminProtocol
import Foundation
import NetworkTestSupport
import Synchronization
import Testing

/// A lookup runs on its request's event loop, but one that stalls — here `network.get` behind
/// an exclusive lock on its table — never holds that loop: every other client is answered
/// meanwhile, and the lookup is answered once the lock goes.
@Suite("A stalled lookup and everyone else")
struct LookupStallTests {
    @Test func aLookupWaitingOnALockLeavesEveryoneElseServed() async throws {
        let database = try await TestDatabase.fresh()
        let daemon = try DaemonProcess.start(database: database, arguments: ["--log-level", "warning"])
        defer { daemon.stop() }
        let socket = daemon.socketPath
        // Warm up: connections open and idle, so the lookup starts on the event loop.
        let warm = try AdminClient(path: socket)
        _ = try warm.call(NetworkGet.self, NoParams())

        let holder = Thread {
            _ = try? database.psql("BEGIN; LOCK TABLE network IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(3); COMMIT")
        }
        holder.start()
        try await waitFor("psql holds the lock on network") {
            try database.psql("SELECT count(*) FROM pg_locks WHERE relation = 'network'::regclass AND mode = 'AccessExclusiveLock' AND granted")
                .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
        }

        let stalled = Mutex<(answered: Date?, shortName: String?)>((nil, nil))
        let lookup = Thread {
            let client = try? AdminClient(path: socket)
            let network = try? client?.call(NetworkGet.self, NoParams())
            stalled.withLock { $0 = (Date(), network?.shortName) }
        }
        lookup.start()
        try await Task.sleep(for: .milliseconds(300))

        // Eight clients (so both event loops are asked), three calls each, while the lock holds.
        let slowest = Mutex<Duration>(.zero)
        let failures = Mutex<[String]>([])
        nonisolated(unsafe) let clients = (0..<8).map { _ in
            Thread {
                do {
                    let client = try AdminClient(path: socket)
                    for _ in 0..<3 {
                        let start = ContinuousClock.now
                        _ = try client.call(DaemonStatus.self, NoParams())
                        _ = try client.call(TierList.self, NoParams())
                        let took = ContinuousClock.now - start
                        slowest.withLock { $0 = max($0, took) }
                    }
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
        }
        let others = Date()
        clients.forEach { $0.start() }
        try await waitFor("the other clients are answered") { clients.allSatisfy(\.isFinished) }
        let othersDone = Date()

        #expect(failures.withLock { $0 }.isEmpty)
        #expect(slowest.withLock { $0 } < .seconds(1), "a call waited \(slowest.withLock { $0 }) behind the stalled lookup")
        #expect(stalled.withLock { $0.answered } == nil || stalled.withLock { $0.answered! } > othersDone,
                "the lookup was answered while the lock held")
        #expect(othersDone.timeIntervalSince(others) < 2.5)

        try await waitFor("the lookup is answered once the lock goes") { stalled.withLock { $0.answered } != nil }
        #expect(stalled.withLock { $0.shortName } == "CCIN")
    }
}
