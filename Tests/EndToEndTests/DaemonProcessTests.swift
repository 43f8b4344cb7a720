import AdminProtocol
import Foundation
import NetworkTestSupport
import Testing

/// The built `networkd` binary, run as systemd would run it.
@Suite("networkd as a process", .serialized)
struct DaemonProcessTests {
    init() throws {
        try #require(BuiltBinaries.areBuilt, "run `swift build` before `swift test`: \(BuiltBinaries.directory)")
    }

    @Test func refusesToServeASchemaThatIsBehind() async throws {
        let database = try await TestDatabase.empty()
        let daemon = try DaemonProcess.start(database: database, waitForSocket: false)
        defer { daemon.stop() }
        let status = daemon.waitForExit(timeout: 30)
        #expect(status == 1)
        #expect(daemon.logs.contains("networkd migrate"))
        #expect(daemon.logs.contains("<2>"), "the refusal is logged at critical priority")
        #expect(!FileManager.default.fileExists(atPath: daemon.socketPath))
    }

    @Test func migrateOnStartBringsTheSchemaUpThenServes() async throws {
        let database = try await TestDatabase.empty()
        let daemon = try DaemonProcess.start(database: database, arguments: ["--migrate-on-start"])
        defer { daemon.stop() }
        let status = try daemon.client().call(DaemonStatus.self, NoParams())
        #expect(status.schemaVersion == status.schemaExpected)
        #expect(status.schemaVersion >= 2)
    }

    @Test func migrateCommandDryRunThenApply() async throws {
        let database = try await TestDatabase.empty()
        let base = ["migrate", "--database", database.conninfo, "--migrations", TestDatabase.migrationsDirectory]
        let dry = try runProcess(BuiltBinaries.networkd, base + ["--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("would apply 0001_platform.sql"))
        #expect(try database.psql("SELECT to_regclass('schema_migrations') IS NULL").contains("t"))
        let real = try runProcess(BuiltBinaries.networkd, base)
        #expect(real.status == 0)
        #expect(real.stdout.contains("applied 0002_network.sql"))
        let again = try runProcess(BuiltBinaries.networkd, base)
        #expect(again.stdout.contains("up to date"))
    }

    @Test func unreachableDatabaseIsAClearStartFailure() async throws {
        let result = try runProcess(BuiltBinaries.networkd, ["migrate", "--database", "host=/nonexistent dbname=x connect_timeout=2",
                                                            "--migrations", TestDatabase.migrationsDirectory])
        #expect(result.status == 75)
        #expect(result.stderr.contains("PostgreSQL"))
    }

    @Test func invalidConfigurationFileExitsWithConfigError() async throws {
        let directory = try makeTemporaryDirectory(prefix: "conf")
        try "pool_size = many\n".write(toFile: directory + "/networkd.conf", atomically: true, encoding: .utf8)
        let result = try runProcess(BuiltBinaries.networkd, ["--config", directory + "/networkd.conf"])
        #expect(result.status == 78)
        #expect(result.stderr.contains("pool_size"))
        #expect(result.stderr.contains(directory + "/networkd.conf"))
    }

    /// A request blocked on a row lock is in flight when SIGTERM arrives: it must finish and be
    /// answered, and then the daemon exits 0. The lock is held until the test lets go, so no
    /// amount of load changes the order of events.
    @Test func sigtermDrainsRequestsInFlightThenExitsZero() async throws {
        let database = try await TestDatabase.fresh()
        let daemon = try DaemonProcess.start(database: database)
        defer { daemon.stop() }
        let lock = try await RowLockHolder.hold("SELECT 1 FROM network FOR UPDATE", in: database)
        defer { lock.release() }
        nonisolated(unsafe) let idle = try daemon.client()  // an idle connection: closed at once on SIGTERM
        nonisolated(unsafe) let busy = try daemon.client()
        let response = Task {
            try await offPool { () throws -> (NetworkProfileWire, ContinuousClock.Instant) in
                let result = try busy.call(NetworkUpdate.self, NetworkUpdate.Params(name: "Drained", idempotencyKey: "drain-1"))
                return (result, ContinuousClock.now)
            }
        }
        try await lock.waitForWaiter()
        daemon.signal(SIGTERM)
        let closed = try await offPool { () -> Bool in
            do { _ = try idle.readLine(); return false } catch { return true }
        }
        #expect(closed, "the idle connection is closed")
        #expect(daemon.process.isRunning, "the daemon waits for the request in flight")
        #expect(daemon.logs.contains("draining"))
        let releasedAt = ContinuousClock.now
        lock.release()
        let (result, answeredAt) = try await response.value
        #expect(result.name == "Drained")
        #expect(answeredAt > releasedAt, "answered only once the lock was released")
        #expect(daemon.waitForExit(timeout: 60) == 0)
        #expect(try database.psql("SELECT count(*) FROM audit_log WHERE method = 'network.update'").contains("1"))
    }

    @Test func socketActivationServesOnThePassedDescriptor() async throws {
        let database = try await TestDatabase.fresh()
        let directory = try makeTemporaryDirectory(prefix: "activation")
        let socketPath = directory + "/activated.sock"
        // Bind and listen as systemd would, put the socket on fd 3, set LISTEN_PID to the pid that
        // will exec networkd, and exec it.
        let script = """
            import os, socket, sys
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.bind(sys.argv[1]); s.listen(16)
            os.dup2(s.fileno(), 3); os.set_inheritable(3, True)
            os.environ["LISTEN_FDS"] = "1"; os.environ["LISTEN_PID"] = str(os.getpid())
            os.execv(sys.argv[2], sys.argv[2:])
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, socketPath, BuiltBinaries.networkd, "--database", database.conninfo,
                             "--socket", directory + "/not-this-one.sock", "--migrations", TestDatabase.migrationsDirectory]
        let log = directory + "/log"
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        var client: AdminClient?
        for _ in 0..<500 where client == nil {
            if let connected = try? AdminClient(path: socketPath) {
                // The socket accepts before networkd runs; a response proves networkd serves it.
                if (try? connected.call("daemon.status")) != nil { client = connected }
            }
            if client == nil { try await Task.sleep(for: .milliseconds(40)) }
        }
        let status = try #require(client).call(DaemonStatus.self, NoParams())
        #expect(status.database.reachable)
        #expect(!FileManager.default.fileExists(atPath: directory + "/not-this-one.sock"))
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let logs = try String(contentsOfFile: log, encoding: .utf8)
        #expect(logs.contains("passed by systemd"))
        #expect(FileManager.default.fileExists(atPath: socketPath), "a passed socket belongs to systemd and is not removed")
    }

    @Test func notifiesSystemdOfReadyReloadWatchdogAndStopping() async throws {
        let database = try await TestDatabase.fresh()
        let directory = try makeTemporaryDirectory(prefix: "notify")
        let notify = try DatagramListener(path: directory + "/notify.sock")
        let daemon = try DaemonProcess.start(database: database, environment: [
            "NOTIFY_SOCKET": notify.path, "WATCHDOG_USEC": "400000",
        ])
        defer { daemon.stop() }
        let startup = notify.receive(until: { $0.contains("READY=1") }, timeout: 90)
        #expect(startup.contains { $0.contains("READY=1") && $0.contains("STATUS=Serving") })
        let pings = notify.receive(until: { $0 == "WATCHDOG=1" }, timeout: 60)
        #expect(pings.contains("WATCHDOG=1"))
        daemon.signal(SIGHUP)
        let reload = notify.receive(until: { $0.contains("READY=1") }, timeout: 90)
        #expect(reload.contains { $0.contains("RELOADING=1") })
        #expect(reload.last?.contains("READY=1") == true)
        daemon.signal(SIGTERM)
        let stopping = notify.receive(until: { $0.contains("STOPPING=1") }, timeout: 60)
        #expect(stopping.contains { $0.contains("STOPPING=1") })
        #expect(daemon.waitForExit(timeout: 60) == 0)
    }

    @Test func logsAreJournaldLinesWithPriorityAndRequestIds() async throws {
        let database = try await TestDatabase.fresh()
        let daemon = try DaemonProcess.start(database: database, arguments: ["--log-level", "debug"])
        defer { daemon.stop() }
        _ = try daemon.client().call("no.such.method")
        _ = try daemon.client().call("daemon.status")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit(timeout: 60) == 0)
        let lines = daemon.logs.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(line.range(of: #"^<[0-7]>"#, options: .regularExpression) != nil, "not a journald line: \(line)")
        }
        #expect(lines.contains { $0.contains("rpc.method=no.such.method") && $0.contains("request.id=") && $0.contains("peer.uid=") })
    }
}

/// A datagram socket standing in for systemd's notify socket.
final class DatagramListener {
    let path: String
    private let fd: Int32

    init(path: String) throws {
        self.path = path
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: path.utf8)
            raw[path.utf8.count] = 0
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { throw HarnessError("cannot bind \(path)") }
        chmod(path, 0o666)
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(fd) }

    /// Messages received until one satisfies `stop` (included) or the timeout passes.
    func receive(until stop: (String) -> Bool, timeout: TimeInterval) -> [String] {
        var messages: [String] = []
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count > 0 {
                let message = String(decoding: buffer[..<count], as: UTF8.self)
                messages.append(message)
                if stop(message) { break }
            }
        }
        return messages
    }
}
