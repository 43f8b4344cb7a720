import AdminProtocol
import Foundation
import NetworkTestSupport
import Testing

/// `audit.watch` on a real daemon and database: exactly the trail, in id order, whoever writes
/// and however their commits interleave.
@Suite("Watching changes")
struct WatchTests {
    @Test(.freshDatabase) func concurrentWritersAreSeenExactlyOnceInIdOrder() async throws {
        let database = try TestDatabase.require()
        let daemon = try await InProcessDaemon.start(database: database)
        let socket = daemon.socketPath
        let all = try await Watcher.start(socket: socket, reading: false)
        let membership = try await Watcher.start(socket: socket, areas: ["membership"], reading: false)
        let platform = try await Watcher.start(socket: socket, areas: ["platform"], reading: false)
        for watcher in [all, membership, platform] { watcher.startReading() }
        let start = all.started.newestId
        #expect(all.started.after == start)
        #expect(membership.started.areas == ["membership"])

        // 4 clients create 200 members between them while a fifth renames the network 20 times.
        async let members: Void = createMembers(writers: 4, each: 50, socket: socket, prefix: "c")
        async let renames: Void = offPool {
            let client = try AdminClient(path: socket)
            for index in 0..<20 { _ = try client.call(NetworkUpdate.self, NetworkUpdate.Params(name: "Renamed \(index)")) }
        }
        _ = try await (members, renames)

        let expected = try await trailIDs(after: start, in: database)
        #expect(expected.count == 220)
        try await all.waitForChanges(expected.count)
        try await platform.waitForChanges(20)
        try await membership.waitForChanges(200)
        #expect(all.ids == expected, "every change once, in id order")
        #expect(platform.ids == (try await trailIDs(after: start, in: database, method: NetworkUpdate.name)))
        #expect(membership.ids == (try await trailIDs(after: start, in: database, method: MemberCreate.name)))
        #expect(Set(all.entries.map(\.method)) == [MemberCreate.name, NetworkUpdate.name])
        await daemon.stop()
    }

    @Test(.freshDatabase) func afterCatchesUpFromTheTrailThenGoesLive() async throws {
        let database = try TestDatabase.require()
        let daemon = try await InProcessDaemon.start(database: database)
        for index in 0..<5 { try await rename(daemon.socketPath, "Before \(index)") }
        let before = try await trailIDs(after: 0, in: database)
        let everything = try await Watcher.start(socket: daemon.socketPath, after: 0, reading: false)
        let fromThird = try await Watcher.start(socket: daemon.socketPath, after: before[2], reading: false)
        everything.startReading()
        fromThird.startReading()
        #expect(everything.started.newestId == before.last)
        #expect(everything.started.after == 0)
        for index in 0..<2 { try await rename(daemon.socketPath, "After \(index)") }
        let trail = try await trailIDs(after: 0, in: database)
        try await everything.waitForChanges(7)
        try await fromThird.waitForChanges(4)
        #expect(everything.ids == trail)
        #expect(fromThird.ids == Array(trail.dropFirst(3)))
        #expect(everything.entries.first?.after?["name"] == "Before 0")
        #expect(everything.entries.last?.after?["name"] == "After 1")
        await daemon.stop()
    }

    /// An id taken by a transaction that commits after a higher one: the watch holds the higher
    /// one back and delivers both in id order.
    @Test(.freshDatabase) func anIdCommittedLateIsDeliveredBeforeTheHigherOnes() async throws {
        let database = try TestDatabase.require()
        let daemon = try await InProcessDaemon.start(database: database)
        let watcher = try await Watcher.start(socket: daemon.socketPath, reading: false)
        watcher.startReading()
        let held = try await RowLockHolder.hold(Self.heldAuditInsert, in: database)
        try await rename(daemon.socketPath, "Committed first")
        try await offPool { held.release(committing: true) }
        let trail = try await trailIDs(after: watcher.started.newestId, in: database)
        #expect(trail.count == 2)
        try await watcher.waitForChanges(2)
        #expect(watcher.ids == trail, "the lower id first, although it committed second")
        #expect(watcher.entries.first?.requestId == "held")
        await daemon.stop()
    }

    /// An id whose transaction rolls back never appears: the watch passes it once PostgreSQL
    /// shows that the transactions that could hold it have ended, and goes on.
    @Test(.freshDatabase) func anIdRolledBackIsPassedAndTheWatchGoesOn() async throws {
        let database = try TestDatabase.require()
        let daemon = try await InProcessDaemon.start(database: database)
        let watcher = try await Watcher.start(socket: daemon.socketPath, reading: false)
        watcher.startReading()
        let held = try await RowLockHolder.hold(Self.heldAuditInsert, in: database)
        try await rename(daemon.socketPath, "Above the hole")
        try await offPool { held.release(committing: false) }
        try await rename(daemon.socketPath, "After the rollback")
        let trail = try await trailIDs(after: watcher.started.newestId, in: database)
        #expect(trail.count == 2)
        #expect(trail[0] > watcher.started.newestId + 1, "the rolled-back insert took an id")
        try await watcher.waitForChanges(2)
        #expect(watcher.ids == trail)
        await daemon.stop()
    }

    /// A watcher that reads nothing neither stalls the daemon nor the other watchers, holds a
    /// bounded queue, and once it reads gets everything in order from the trail.
    @Test(.freshDatabase) func aSlowWatcherStallsNobodyAndLosesNothing() async throws {
        let database = try TestDatabase.require()
        let daemon = try await InProcessDaemon.start(database: database)
        let stalled = try await Watcher.start(socket: daemon.socketPath, reading: false)
        let reader = try await Watcher.start(socket: daemon.socketPath, reading: false)
        reader.startReading()
        // 1,200 entries of 2 kB in one statement: 2.4 MB, past the socket buffers and the stalled
        // watcher's 1 MiB queue together.
        _ = try await offPool {
            try database.psql("""
                INSERT INTO audit_log (request_id, actor, actor_role, method, target, after)
                SELECT 'bulk', 'test', 'system', 'network.update', 'network', jsonb_build_object('n', g, 'pad', repeat('x', 2000))
                FROM generate_series(1, 1200) AS g
                """)
        }
        try await rename(daemon.socketPath, "After the bulk")
        try await reader.waitForChanges(1201, "the reading watcher has every entry")
        let trail = try await trailIDs(after: reader.started.newestId, in: database)
        #expect(reader.ids == trail)
        #expect(try await call(daemon.socketPath, NetworkGet.self, NoParams()).name == "After the bulk", "the daemon still answers")
        try await waitUntil("the stalled watcher's queue overflowed") {
            daemon.logs.captured.joined().contains("a watcher fell behind")
        }
        stalled.startReading()
        try await stalled.waitForChanges(1201, "the stalled watcher caught up")
        #expect(stalled.ids == trail)
        await daemon.stop()
    }

    @Test(.freshDatabase) func aFurtherRequestOnAWatchingConnectionIsRefusedAndTheWatchGoesOn() async throws {
        let database = try TestDatabase.require()
        let daemon = try await InProcessDaemon.start(database: database)
        let watcher = try await Watcher.start(socket: daemon.socketPath, reading: false)
        watcher.startReading()
        try watcher.client.sendLine(Array(#"{"jsonrpc":"2.0","id":7,"method":"network.get"}"#.utf8))
        try watcher.client.sendLine(Array(#"{"jsonrpc":"2.0","method":"network.get"}"#.utf8))
        try await rename(daemon.socketPath, "Still watched")
        try await watcher.waitForChanges(1)
        try await waitUntil("the stray request is answered") { !watcher.otherLines.isEmpty }
        let answer = try #require(watcher.otherLines.first)
        #expect(answer["id"] == 7)
        #expect(answer["error"]?["code"] == .integer(Int64(RPCError.Code.invalidRequest)))
        #expect(watcher.otherLines.count == 1, "a notification gets no answer")
        #expect(try await trailIDs(after: 0, in: database).count == 1, "the stray request did not run")
        await daemon.stop()
    }

    /// The idle timeout closes a quiet plain connection, never a quiet watch.
    @Test(.freshDatabase) func theIdleTimeoutDoesNotCloseAWatch() async throws {
        let database = try TestDatabase.require()
        let daemon = try await InProcessDaemon.start(database: database) { $0.idleTimeoutSeconds = 1 }
        let watcher = try await Watcher.start(socket: daemon.socketPath, reading: false)
        watcher.startReading()
        nonisolated(unsafe) let idle = try daemon.client()
        _ = try await offPool { try? idle.readLine() }  // returns when the daemon closes it
        try await rename(daemon.socketPath, "After the idle timeout")
        try await watcher.waitForChanges(1)
        #expect(!watcher.isClosed)
        await daemon.stop()
    }

    @Test(.freshDatabase) func unknownAreasAndRequestsOffTheSocketAreRefused() async throws {
        let database = try TestDatabase.require()
        let daemon = try await InProcessDaemon.start(database: database)
        let socket = daemon.socketPath
        let (unknown, afterwards) = try await offPool {
            let client = try AdminClient(path: socket)
            let unknown = try client.call(AuditWatch.name, params: ["areas": ["billing", "proposals"]])
            return (unknown, try client.call(NetworkGet.self, NoParams()))
        }
        #expect(unknown.failure?.kind == "validation")
        #expect(unknown.failure?.message.contains("proposals") == true)
        // The refused call left the connection an ordinary one.
        #expect(afterwards.shortName == "CCIN")
        // Without a socket of its own (the bare request path), it cannot watch.
        let dispatcher = try TestDispatcher(database: database)
        let bare = try await dispatcher.call(AuditWatch.name, as: TestDispatcher.caller(roles: [.operator]))
        #expect(bare.failure?.code == RPCError.Code.invalidRequest)
        await dispatcher.close()
        await daemon.stop()
    }

    /// Inserts one audit row and holds its transaction open (``RowLockHolder``).
    static let heldAuditInsert = """
        INSERT INTO audit_log (request_id, actor, actor_role, method, target) VALUES ('held', 'test', 'system', 'network.update', 'network')
        """
}
