import AdminProtocol
import Foundation
import NetworkTestSupport
import Testing

/// `networkctl watch` against the built `networkd`, and a watch across a PostgreSQL restart.
@Suite("networkctl watch", .serialized)
struct WatchCLITests {
    /// `networkctl watch …` running in the background, its stdout and stderr in files.
    final class Running: @unchecked Sendable {
        let process = Process()
        let directory: String

        init(_ arguments: [String], socket: String) throws {
            directory = try makeTemporaryDirectory(prefix: "networkctl-watch")
            _ = FileManager.default.createFile(atPath: directory + "/out", contents: nil)
            _ = FileManager.default.createFile(atPath: directory + "/err", contents: nil)
            process.executableURL = URL(fileURLWithPath: try NetworkctlBinary.path())
            process.arguments = arguments
            var environment = ProcessInfo.processInfo.environment
            environment["NETWORKCTL_SOCKET"] = socket
            environment.removeValue(forKey: "NETWORKCTL_TOKEN")
            process.environment = environment
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: directory + "/out"))
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: directory + "/err"))
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        var stdout: String { (try? String(contentsOfFile: directory + "/out", encoding: .utf8)) ?? "" }
        var stderr: String { (try? String(contentsOfFile: directory + "/err", encoding: .utf8)) ?? "" }
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }

        /// Waits for the process to exit and returns its status.
        func exitStatus() async throws -> Int32 {
            try await waitUntil("networkctl watch exits") { !self.process.isRunning }
            return process.terminationStatus
        }

        deinit {
            if process.isRunning { process.terminate() }
            try? FileManager.default.removeItem(atPath: directory)
        }
    }

    @Test(.freshDatabase) func printsOneLinePerChangeAndJSONLinesAndExitsZeroOnSigint() async throws {
        try #require(BuiltBinaries.areBuilt)
        let database = try TestDatabase.require()
        let daemon = try DaemonProcess.start(database: database)
        defer { daemon.stop() }
        let client = try daemon.client()
        _ = try client.call(NetworkUpdate.self, NetworkUpdate.Params(name: "Before the watch"))
        let human = try Running(["watch", "--after", "0"], socket: daemon.socketPath)
        let json = try Running(["--json", "watch", "--area", "platform"], socket: daemon.socketPath)
        let billing = try Running(["watch", "--area", "billing"], socket: daemon.socketPath)
        try await waitUntil("the first watch has caught up") { human.lines.count == 1 }
        // The JSON watch has no catch-up: wait until it is subscribed before changing anything.
        try await waitFor("three watchers are subscribed") {
            daemon.logs.components(separatedBy: "watch started").count - 1 == 3
        }
        _ = try client.call(NetworkUpdate.self, NetworkUpdate.Params(name: "During the watch"))
        try await waitUntil("both watches print the change") { human.lines.count == 2 && json.lines.count == 1 }

        let ids = try await trailIDs(after: 0, in: database)
        let fields = human.lines[1].components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(fields.count == 6, "\(human.lines[1])")
        #expect(fields.first == String(ids[1]))
        #expect(fields.dropFirst(2).first == NetworkUpdate.name)
        #expect(fields.dropFirst(3).first == "network")
        #expect(fields.dropFirst(4).first == "secretariat")
        #expect(fields.last?.hasPrefix("uid:") == true)
        #expect(fields.dropFirst().first?.range(of: #"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$"#, options: .regularExpression) != nil)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.lines[0].utf8)) as? [String: Any])
        #expect(object["id"] as? Int == Int(ids[1]))
        #expect((object["after"] as? [String: Any])?["name"] as? String == "During the watch")
        #expect(json.stderr.isEmpty, "stderr is not a terminal: no hint")

        for running in [human, json, billing] { kill(running.process.processIdentifier, SIGINT) }
        #expect(try await human.exitStatus() == 0)
        #expect(try await json.exitStatus() == 0)
        #expect(try await billing.exitStatus() == 0)
        #expect(billing.stdout.isEmpty, "no billing change was made")
    }

    @Test(.freshDatabase) func aDaemonShuttingDownEndsTheWatchWithExitZeroAndItsResumePoint() async throws {
        try #require(BuiltBinaries.areBuilt)
        let database = try TestDatabase.require()
        let daemon = try DaemonProcess.start(database: database)
        defer { daemon.stop() }
        _ = try daemon.client().call(NetworkUpdate.self, NetworkUpdate.Params(name: "Seen"))
        let watch = try Running(["watch", "--after", "0"], socket: daemon.socketPath)
        // A raw watcher that never reads, behind a full socket: it must not hold the shutdown.
        let stalled = try Watcher(socket: daemon.socketPath, after: 0)
        _ = try database.psql("""
            INSERT INTO audit_log (request_id, actor, actor_role, method, target, after)
            SELECT 'bulk', 'test', 'system', 'network.update', 'network', jsonb_build_object('pad', repeat('x', 2000))
            FROM generate_series(1, 600)
            """)
        try await waitUntil("the watch printed everything") { watch.lines.count == 601 }
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit(timeout: 60) == 0, "a stalled watcher does not hold the shutdown")
        #expect(try await watch.exitStatus() == 0)
        let last = try #require(try await trailIDs(after: 0, in: database).last)
        #expect(watch.stderr.contains("networkd ended the watch (shutdown) after entry \(last)"), "\(watch.stderr)")
        #expect(watch.stderr.contains("networkctl watch --after \(last)"))
        _ = stalled
    }

    @Test(.freshDatabase) func aDaemonThatDisappearsEndsTheWatchWithExit69() async throws {
        try #require(BuiltBinaries.areBuilt)
        let database = try TestDatabase.require()
        let daemon = try DaemonProcess.start(database: database)
        defer { daemon.stop() }
        let watch = try Running(["watch"], socket: daemon.socketPath)
        try await waitFor("the watch is subscribed") { daemon.logs.contains("watch started") }
        daemon.signal(SIGKILL)
        #expect(try await watch.exitStatus() == 69)
        #expect(watch.stderr.contains("lost the connection to networkd"), "\(watch.stderr)")
    }

    /// `--reconnect` across a daemon restart: the output is the trail, nothing missing or twice.
    @Test(.freshDatabase) func reconnectResumesAcrossADaemonRestartWithoutAGap() async throws {
        try #require(BuiltBinaries.areBuilt)
        let database = try TestDatabase.require()
        let first = try DaemonProcess.start(database: database)
        var second: DaemonProcess?
        defer {
            first.stop()
            second?.stop()
        }
        _ = try first.client().call(NetworkUpdate.self, NetworkUpdate.Params(name: "Before the watch"))
        let watch = try Running(["watch", "--reconnect", "--after", "0"], socket: first.socketPath)
        try await waitUntil("the watch has caught up") { watch.lines.count == 1 }
        first.signal(SIGTERM)
        #expect(first.waitForExit(timeout: 60) == 0)
        // Changed while no daemon serves: the next one must still show it.
        _ = try await offPool {
            try database.psql("""
                INSERT INTO audit_log (request_id, actor, actor_role, method, target) VALUES ('offline', 'test', 'system', 'network.update', 'network')
                """)
        }
        second = try DaemonProcess.start(database: database, directory: first.directory)
        _ = try second?.client().call(NetworkUpdate.self, NetworkUpdate.Params(name: "After the restart"))
        let trail = try await trailIDs(after: 0, in: database)
        #expect(trail.count == 3)
        try await waitUntil("the watch printed the whole trail") { watch.lines.count == trail.count }
        #expect(watch.lines.map { $0.split(separator: " ").first.map(String.init) ?? "" } == trail.map(String.init))
        #expect(watch.stderr.contains("networkd ended the watch (shutdown) after entry \(trail[0]); reconnecting"), "\(watch.stderr)")
        kill(watch.process.processIdentifier, SIGINT)
        #expect(try await watch.exitStatus() == 0)
    }

    @Test(.freshDatabase) func anUnknownAreaExits65NamingIt() async throws {
        try #require(BuiltBinaries.areBuilt)
        let database = try TestDatabase.require()
        let daemon = try DaemonProcess.start(database: database)
        defer { daemon.stop() }
        let result = try CLI(socket: daemon.socketPath).run(["watch", "--area", "proposals"])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\"proposals\" is not an area or a group"))
    }

    /// PostgreSQL restarts under a watch: the listener and the pool reconnect, notifications
    /// sent meanwhile are lost, and the watch still gets every change, in order, from the trail.
    @Test func aWatchResumesWithoutAGapAcrossAPostgreSQLRestart() async throws {
        let cluster = try await TestCluster.makePrivate()
        defer { cluster.stop() }
        let database = try await TestDatabase.fresh(in: cluster)
        let daemon = try await InProcessDaemon.start(database: database)
        let watcher = try await Watcher.start(socket: daemon.socketPath)
        let client = try daemon.client()
        for index in 0..<5 { try await callRetrying(client, NetworkUpdate.name, ["name": .string("Before \(index)")]) }
        try await cluster.restart()
        for index in 0..<5 { try await callRetrying(client, NetworkUpdate.name, ["name": .string("After \(index)")]) }
        try await createMembers(writers: 2, each: 5, socket: daemon.socketPath, prefix: "restart")
        let trail = try await trailIDs(after: watcher.started.newestId, in: database)
        #expect(trail.count >= 20, "a retried call may have committed twice, never less")
        do {
            try await watcher.waitForChanges(trail.count)
        } catch {
            Issue.record("got \(watcher.ids), trail \(trail); logs:\n\(daemon.logs.captured.joined().suffix(6000))")
            throw error
        }
        #expect(watcher.ids == trail)
        #expect(!watcher.isClosed, "the watch outlived the restart")
        await daemon.stop()
    }
}
