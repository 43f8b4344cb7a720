import AdminProtocol
import Foundation
import NetworkTestSupport
import Synchronization
import Testing

/// A lookup runs on its request's event loop, but one that stalls — here `network.get` behind
/// an exclusive lock on its table, held 5 s — never holds that loop: every other client is
/// answered meanwhile, each call well within the lock's time, and the lookup is answered once
/// the lock goes. (With the lookup holding its loop, the calls on that loop wait ≈ 5 s.)
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
            _ = try? database.psql("BEGIN; LOCK TABLE network IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(5); COMMIT")
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

        // Eight clients (so both event loops are asked), two rounds each, while the lock holds.
        let slowest = Mutex<Duration>(.zero)
        let firstRoundDone = Mutex<Date?>(nil)
        let failures = Mutex<[String]>([])
        nonisolated(unsafe) let clients = (0..<8).map { _ in
            Thread {
                do {
                    let client = try AdminClient(path: socket)
                    for _ in 0..<2 {
                        let start = ContinuousClock.now
                        _ = try client.call(DaemonStatus.self, NoParams())
                        _ = try client.call(TierList.self, NoParams())
                        let took = ContinuousClock.now - start
                        slowest.withLock { $0 = max($0, took) }
                        firstRoundDone.withLock { $0 = $0 ?? Date() }
                    }
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
        }
        clients.forEach { $0.start() }
        try await waitFor("the other clients are answered") { clients.allSatisfy(\.isFinished) }

        #expect(failures.withLock { $0 }.isEmpty)
        #expect(slowest.withLock { $0 } < .seconds(2), "a call waited \(slowest.withLock { $0 }) behind the stalled lookup")
        // The calls overlapped the stall: a round was answered before the lookup was.
        let answered = stalled.withLock { $0.answered }
        let overlap = firstRoundDone.withLock { $0 }
        #expect(overlap != nil && (answered == nil || overlap! < answered!), "the lookup was answered before any other call")

        try await waitFor("the lookup is answered once the lock goes") { stalled.withLock { $0.answered } != nil }
        #expect(stalled.withLock { $0.shortName } == "CCIN")
    }
}
