import AdminProtocol
import Foundation

/// The built `networkd` binary running as a child process on a temporary socket.
public final class DaemonProcess: @unchecked Sendable {
    public let process: Process
    public let socketPath: String
    public let directory: String
    public let logPath: String

    private init(process: Process, socketPath: String, directory: String, logPath: String) {
        self.process = process
        self.socketPath = socketPath
        self.directory = directory
        self.logPath = logPath
    }

    /// Starts `networkd` with `--database`, `--socket` and `--migrations` set for `database`,
    /// plus `arguments`; waits for the socket unless `waitForSocket` is false.
    ///
    /// With `directory` (that of a daemon that died), the new one serves the same socket path
    /// and appends to the same log; otherwise it gets a new temporary directory.
    public static func start(database: TestDatabase, arguments: [String] = [], environment: [String: String] = [:],
                             executable: String? = nil, leadingArguments: [String] = [],
                             waitForSocket: Bool = true, directory reused: String? = nil) throws -> DaemonProcess {
        let directory = try reused ?? makeTemporaryDirectory(prefix: "networkd-proc")
        let socketPath = directory + "/admin.sock"
        let logPath = directory + "/networkd.log"
        if !FileManager.default.fileExists(atPath: logPath) {
            _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? BuiltBinaries.networkd)
        process.arguments = leadingArguments + [
            "--database", database.conninfo, "--socket", socketPath, "--migrations", TestDatabase.migrationsDirectory,
        ] + arguments
        var env = ProcessInfo.processInfo.environment
        for key in ["NOTIFY_SOCKET", "LISTEN_FDS", "LISTEN_PID", "WATCHDOG_USEC", "WATCHDOG_PID", "NETWORKD_CONFIG"] {
            env.removeValue(forKey: key)
        }
        env.removeValue(forKey: "NETWORKD_CONFIG")
        env.merge(environment) { _, new in new }
        process.environment = env
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        _ = try log.seekToEnd()
        process.standardError = log
        process.standardOutput = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let daemon = DaemonProcess(process: process, socketPath: socketPath, directory: directory, logPath: logPath)
        if waitForSocket { try daemon.waitUntilServing() }
        return daemon
    }

    public var pid: Int32 { process.processIdentifier }
    public var logs: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    public func client() throws -> AdminClient { try AdminClient(path: socketPath) }

    /// Sends a signal.
    public func signal(_ signal: Int32) { kill(pid, signal) }

    /// Waits for the process to exit; returns its exit status, or `nil` on timeout.
    public func waitForExit(timeout: TimeInterval) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// Stops it (SIGTERM, then SIGKILL) and removes its folder.
    public func stop() {
        if process.isRunning {
            signal(SIGTERM)
            if waitForExit(timeout: 10) == nil { signal(SIGKILL); _ = waitForExit(timeout: 5) }
        }
        try? FileManager.default.removeItem(atPath: directory)
    }

    func waitUntilServing(timeout: TimeInterval = 30) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let client = try? AdminClient(path: socketPath) {
                client.close()
                return
            }
            if !process.isRunning {
                throw HarnessError("networkd exited with \(process.terminationStatus):\n\(logs)")
            }
            usleep(20_000)
        }
        throw HarnessError("networkd did not listen on \(socketPath) within \(timeout) s:\n\(logs)")
    }
}
