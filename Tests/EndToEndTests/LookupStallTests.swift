import AdminProtocol
import Foundation
import NetworkTestSupport
import Synchronization
import Testing

/// A lookup runs on its request's event loop, but one that stalls — here `network.get` behind
/// an exclusive lock on its table, held until the test lets go — never holds that loop: every
/// other client is answered while the lock is still held, and the lookup is answered once it
/// goes. (With the lookup holding its loop, the calls on that loop would wait for the release,
/// which comes only after they are answered: the test would time out.)
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

        // The lock is held until the test lets go, however slow the machine: nothing here waits on a clock.
        let holder = try await RowLockHolder.hold("LOCK TABLE network IN ACCESS EXCLUSIVE MODE", in: database)
        defer { holder.release() }

        let stalled = Mutex<(answered: Date?, shortName: String?)>((nil, nil))
        let lookup = Thread {
            let client = try? AdminClient(path: socket)
            let network = try? client?.call(NetworkGet.self, NoParams())
            stalled.withLock { $0 = (Date(), network?.shortName) }
        }
        lookup.start()
        try await holder.waitForWaiter()

        // Eight clients (so both event loops are asked), two rounds each, while the lock holds.
        let failures = Mutex<[String]>([])
        nonisolated(unsafe) let clients = (0..<8).map { _ in
            Thread {
                do {
                    let client = try AdminClient(path: socket)
                    for _ in 0..<2 {
                        _ = try client.call(DaemonStatus.self, NoParams())
                        _ = try client.call(TierList.self, NoParams())
                    }
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
        }
        clients.forEach { $0.start() }
        try await waitFor("the other clients are answered") { clients.allSatisfy(\.isFinished) }

        #expect(failures.withLock { $0 }.isEmpty)
        // Every other call was answered while the lookup still waited on the lock.
        #expect(stalled.withLock { $0.answered } == nil, "the lookup was answered while the lock was held")

        holder.release()
        try await waitFor("the lookup is answered once the lock goes") { stalled.withLock { $0.answered } != nil }
        #expect(stalled.withLock { $0.shortName } == "CCIN")
    }
}
