#if canImport(Glibc)
import Glibc
#endif
import AdminProtocol
import Foundation
import Logging
import NetworkCore
@testable import NetworkDaemon
import NetworkTestSupport
import Postgres
import Synchronization
import Testing

// MARK: - Databases

/// One migrated database shared by the tests that neither write nor look at what is stored:
/// creating a database per test case is serial and would dominate the suite's time.
enum SharedDatabase {
    static let database = Task { try await TestDatabase.fresh() }
}

/// The test's own database with `.freshDatabase`, else the shared one.
func testDatabase() async throws -> TestDatabase {
    if let current = TestDatabase.current { return current }
    return try await SharedDatabase.database.value
}

// MARK: - Running blocking work


/// Bounds how many daemons and dispatchers run at once: Swift Testing starts every test case
/// together, and hundreds of daemons with their pools would exhaust PostgreSQL's connections.
actor ConcurrencyGate {
    static let shared = ConcurrencyGate(limit: 6)

    private let limit: Int
    private var running = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = limit }

    func enter() async {
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    func leave() {
        if waiters.isEmpty {
            running -= 1
        } else {
            waiters.removeFirst().resume()
        }
    }
}

/// Starts an in-process daemon on the test's fresh database, runs `body`, and always stops it.
func withDaemon<T: Sendable>(
    configFile: String? = nil,
    configure: (inout DaemonConfiguration) -> Void = { _ in },
    _ body: (InProcessDaemon) async throws -> T
) async throws -> T {
    await ConcurrencyGate.shared.enter()
    defer { Task { await ConcurrencyGate.shared.leave() } }
    // No scheduler unless a configuration file asks for one: these daemons share one database,
    // where another suite's open year makes a renewal run due (and, with no fee schedule, fail,
    // logging an error that a test of bad input would take for its own). SchedulerTests cover jobs.
    let daemon = try await InProcessDaemon.start(database: try await testDatabase(), configFile: configFile) { configuration in
        if configFile == nil { configuration.scheduling.enabled = false }
        configure(&configuration)
    }
    do {
        let value = try await body(daemon)
        await daemon.stop()
        return value
    } catch {
        await daemon.stop()
        throw error
    }
}

/// Log lines at priority error or worse (`<0>`…`<3>`), which a well-behaved daemon never writes
/// for bad client input.
func severeLogLines(_ daemon: InProcessDaemon) -> [String] {
    daemon.logs.captured.filter { line in
        ["<0>", "<1>", "<2>", "<3>"].contains { line.hasPrefix($0) }
    }
}

// MARK: - A raw socket client with timeouts

/// A connection to the admin socket that can send anything and never waits forever.
///
/// Each operation runs on its own thread (see ``offPool(_:)``). Not for concurrent use.
final class TestConnection: @unchecked Sendable {
    struct Timeout: Error, CustomStringConvertible {
        var description: String
    }

    let path: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    private var nextID: Int64 = 1

    /// Connects, blocking the calling thread (use ``connect(_:)`` from async code).
    init(blockingPath path: String) throws {
        self.path = path
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw Timeout(description: "socket() failed: errno \(errno)") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: path.utf8)
            raw[path.utf8.count] = 0
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            Glibc.close(fd)
            throw Timeout(description: "connect(\(path)) failed: errno \(code)")
        }
        self.fd = fd
    }

    static func connect(_ path: String) async throws -> TestConnection {
        try await offPool { try TestConnection(blockingPath: path) }
    }

    deinit { if fd >= 0 { Glibc.close(fd) } }

    func close() {
        if fd >= 0 { Glibc.close(fd); fd = -1 }
    }

    // Blocking primitives.

    /// Writes every byte; returns false if the peer closed the connection part way.
    @discardableResult
    func blockingSend(_ bytes: [UInt8]) throws -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE || errno == ECONNRESET { return false }
                throw Timeout(description: "send failed: errno \(errno)")
            }
            offset += written
        }
        return true
    }

    /// The next line without its newline; `nil` when the daemon closed the connection first.
    func blockingReadLine(timeout: Duration = .seconds(10)) throws -> [UInt8]? {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return line
            }
            let remaining = deadline - ContinuousClock.now
            let milliseconds = remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000
            guard milliseconds > 0 else { throw Timeout(description: "no line from the daemon within \(timeout)") }
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(milliseconds, 60_000)))
            if ready < 0 {
                if errno == EINTR { continue }
                throw Timeout(description: "poll failed: errno \(errno)")
            }
            if ready == 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { Glibc.recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == ECONNRESET { return nil }
                throw Timeout(description: "recv failed: errno \(errno)")
            }
            if count == 0 { return nil }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    // Async wrappers.

    @discardableResult
    func send(_ bytes: [UInt8]) async throws -> Bool {
        try await offPool { try self.blockingSend(bytes) }
    }

    /// Sends `text` followed by a newline.
    @discardableResult
    func sendLine(_ text: String) async throws -> Bool {
        try await send(Array(text.utf8) + [UInt8(ascii: "\n")])
    }

    func readLine(timeout: Duration = .seconds(90)) async throws -> [UInt8]? {
        try await offPool { try self.blockingReadLine(timeout: timeout) }
    }

    /// The next line parsed as JSON.
    func readJSON(timeout: Duration = .seconds(90)) async throws -> JSONValue {
        let line = try #require(try await readLine(timeout: timeout), "the daemon closed the connection")
        return try JSONCoding.readValue(line)
    }

    /// Sends `text` as one line and reads the one JSON line answering it.
    func exchange(_ text: String, timeout: Duration = .seconds(90)) async throws -> JSONValue {
        try await sendLine(text)
        return try await readJSON(timeout: timeout)
    }

    /// Sends a request and reads its response.
    func call(_ method: String, _ params: JSONValue? = nil) async throws -> RPCResponse {
        let id = nextID
        nextID += 1
        let request = RPCRequest(id: .integer(id), method: method, params: params)
        try await send(try JSONCoding.encode(request.jsonValue) + [UInt8(ascii: "\n")])
        let response = try RPCResponse(from: try await readJSON())
        #expect(response.id == .integer(id))
        return response
    }

    /// Whether the daemon closes the connection within `timeout` (reading and dropping any lines).
    func closesWithin(_ timeout: Duration) async throws -> Bool {
        try await offPool {
            let deadline = ContinuousClock.now + timeout
            while true {
                let remaining = deadline - ContinuousClock.now
                guard remaining > .zero else { return false }
                do {
                    if try self.blockingReadLine(timeout: remaining) == nil { return true }
                } catch is Timeout {
                    return false
                }
            }
        }
    }
}

// MARK: - Reading responses

extension JSONValue {
    /// The `error.code` of a response object.
    var errorCode: Int? { self["error"]?["code"]?.int64Value.map(Int.init) }
    var errorKind: String? { self["error"]?["data"]?["kind"]?.stringValue }
    var errorMessage: String? { self["error"]?["message"]?.stringValue }
    var responseID: JSONValue? { self["id"] }
}

extension RPCResponse {
    var result: JSONValue? {
        if case .success(let value) = outcome { return value }
        return nil
    }

    var error: RPCError? {
        if case .failure(let error) = outcome { return error }
        return nil
    }

    /// The field names listed by a validation error.
    var validationFields: [String] {
        error?.data?["fields"]?.arrayValue?.compactMap { $0["field"]?.stringValue } ?? []
    }
}

// MARK: - The dispatcher without a socket

/// The daemon's own request path (``TestDispatcher``) on the test's database, for tests that need
/// callers other than root.
typealias DispatcherHarness = TestDispatcher

/// Runs `body` with a ``DispatcherHarness`` on the test's database, closing its pool afterwards.
func withDispatcher<T: Sendable>(
    loader: ConfigurationLoader = ConfigurationLoader(filePath: nil, fileIsExplicit: false, environment: [:], overrides: [:]),
    _ body: (DispatcherHarness) async throws -> T
) async throws -> T {
    await ConcurrencyGate.shared.enter()
    defer { Task { await ConcurrencyGate.shared.leave() } }
    let harness = try DispatcherHarness(database: try await testDatabase(), loader: loader)
    do {
        let value = try await body(harness)
        await harness.close()
        return value
    } catch {
        await harness.close()
        throw error
    }
}

/// Runs SQL through psql against the test's own database (`.freshDatabase`), off the cooperative pool.
func psql(_ sql: String) async throws -> String {
    let database = try TestDatabase.require()
    return try await offPool { try database.psql(sql) }.trimmingCharacters(in: .whitespacesAndNewlines)
}

/// A value shared between threads.
final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>
    init(_ value: Value) { mutex = Mutex(value) }
    func withLock<T: Sendable>(_ body: (inout Value) -> T) -> T { mutex.withLock { body(&$0) } }
}

/// A JSON value written as JSON text (argument tables stay readable and quick to type-check).
func json(_ text: String) -> JSONValue {
    do {
        return try JSONCoding.readValue(Array(text.utf8))
    } catch {
        preconditionFailure("invalid JSON in a test table: \(text)")
    }
}
