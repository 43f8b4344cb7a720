import AdminProtocol
import Foundation
import Logging
import NetworkDaemon

/// A networkd running inside the test process on a temporary socket, built exactly as the
/// executable builds it.
public final class InProcessDaemon: @unchecked Sendable {
    public let socketPath: String
    public let directory: String
    public let logs: LogOutput
    public let database: TestDatabase
    private let task: Task<Void, any Error>

    private init(socketPath: String, directory: String, logs: LogOutput, database: TestDatabase, task: Task<Void, any Error>) {
        self.socketPath = socketPath
        self.directory = directory
        self.logs = logs
        self.database = database
        self.task = task
    }

    /// Starts a daemon on `database` and waits until its socket answers.
    public static func start(
        database: TestDatabase,
        configFile: String? = nil,
        configure: (inout DaemonConfiguration) -> Void = { _ in }
    ) async throws -> InProcessDaemon {
        let directory = try makeTemporaryDirectory(prefix: "networkd-test")
        let socketPath = directory + "/admin.sock"
        var overrides = ["database": database.conninfo, "socket": socketPath, "migrations": TestDatabase.migrationsDirectory]
        overrides["log_level"] = "debug"
        let loader = ConfigurationLoader(filePath: configFile, fileIsExplicit: configFile != nil, environment: [:], overrides: overrides)
        var configuration = try loader.load()
        configure(&configuration)
        let logs = LogOutput.capturing()
        let control = LogLevelControl(.debug)
        let logger = Logger(label: "networkd-test") { label in JournaldLogHandler(label: label, control: control, output: logs) }
        let daemon = Daemon(configuration: configuration, loader: loader, environment: [:], logger: logger, logLevel: control,
                            databaseWait: .seconds(5))
        let task = Task { try await daemon.run() }
        let started = InProcessDaemon(socketPath: socketPath, directory: directory, logs: logs, database: database, task: task)
        try await started.waitUntilServing()
        return started
    }

    /// A new client connection.
    public func client() throws -> AdminClient {
        try AdminClient(path: socketPath)
    }

    /// Stops the daemon (task cancellation) and waits for it.
    public func stop() async {
        task.cancel()
        _ = try? await task.value
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func waitUntilServing() async throws {
        // Generous: a deadline, not a measurement — on a loaded 2-core machine running the whole suite
        // (the gapless test, WeasyPrint renders) a start has been seen to take over 20 s.
        let deadline = Date().addingTimeInterval(90)
        while Date() < deadline {
            if let client = try? AdminClient(path: socketPath) {
                client.close()
                return
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        task.cancel()
        throw HarnessError("daemon did not start listening on \(socketPath); logs:\n" + logs.captured.joined())
    }
}

/// A test-harness failure with a message.
public struct HarnessError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// `mkdtemp` under /tmp, mode 0755 so other users (tests that run clients as `nobody`) can reach
/// sockets inside.
public func makeTemporaryDirectory(prefix: String) throws -> String {
    var template = Array("/tmp/\(prefix).XXXXXX".utf8CString)
    guard let pointer = mkdtemp(&template) else { throw HarnessError("mkdtemp failed") }
    let path = String(cString: pointer)
    chmod(path, 0o755)
    return path
}
