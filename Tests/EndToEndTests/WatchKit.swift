import AdminProtocol
import Foundation
import NetworkTestSupport
import Synchronization
import Testing

/// A raw `audit.watch` client for tests: subscribes on its own connection, then (once told to)
/// reads every line on a thread of its own and keeps what it got.
final class Watcher: @unchecked Sendable {
    let client: AdminClient
    let started: AuditWatch.Result
    private let changes = Mutex<[AuditList.Entry]>([])
    private let ending = Mutex<AuditWatch.Ended?>(nil)
    private let others = Mutex<[JSONValue]>([])
    private let closed = Mutex(false)

    /// Connects to `socket` and subscribes; reads nothing until ``startReading()``.
    init(socket: String, after: Int64? = nil, areas: [String]? = nil) throws {
        client = try AdminClient(path: socket)
        started = try client.call(AuditWatch.self, AuditWatch.Params(after: after, areas: areas))
    }

    /// Reads every line from now on, on a thread of its own, until the connection closes.
    func startReading() {
        let thread = Thread { [self] in
            while true {
                guard let line = try? client.readLine() else { break }
                switch try? AuditWatchEvent(line: line) {
                case .change(let entry)?: changes.withLock { $0.append(entry) }
                case .ended(let ended)?: ending.withLock { $0 = ended }
                case .other(let value)?: others.withLock { $0.append(value) }
                case nil: others.withLock { $0.append(.string(String(decoding: line, as: UTF8.self))) }
                }
            }
            closed.withLock { $0 = true }
        }
        thread.start()
    }

    /// The changes received so far, in arrival order.
    var entries: [AuditList.Entry] { changes.withLock { $0 } }
    var ids: [Int64] { entries.map(\.id) }
    /// The end notification, once received.
    var ended: AuditWatch.Ended? { ending.withLock { $0 } }
    /// Lines that were neither a change nor the end (answers to stray requests).
    var otherLines: [JSONValue] { others.withLock { $0 } }
    /// Whether the daemon closed the connection.
    var isClosed: Bool { closed.withLock { $0 } }

    /// Waits until at least `count` changes have arrived.
    func waitForChanges(_ count: Int, _ what: String = "the watcher has its changes") async throws {
        try await waitUntil("\(what) (\(count))") { self.entries.count >= count }
    }
}

extension Watcher {
    /// ``init(socket:after:areas:)`` off the cooperative pool: an in-process daemon serves on
    /// that pool, so a test must never block it waiting for the daemon.
    ///
    /// `unavailable` (the feed not live within the daemon's 30 s — seen when the whole suite
    /// starves an in-process daemon of the cooperative pool) is retried, as a client should.
    static func start(socket: String, after: Int64? = nil, areas: [String]? = nil, reading: Bool = true) async throws -> Watcher {
        var started: Watcher?
        try await waitUntil("the watch starts") {
            do {
                started = try await offPool { try Watcher(socket: socket, after: after, areas: areas) }
                return true
            } catch let error as RPCError where error.kind == "unavailable" {
                return false
            }
        }
        let watcher = try #require(started)
        if reading { watcher.startReading() }
        return watcher
    }
}

/// Calls `method` on a connection of its own, off the cooperative pool.
func call<M: AdminMethod>(_ socket: String, _ method: M.Type, _ params: M.Params) async throws -> M.Result {
    try await offPool { try AdminClient(path: socket).call(method, params) }
}

/// `network.update` of the name, on a connection of its own.
func rename(_ socket: String, _ name: String) async throws {
    _ = try await call(socket, NetworkUpdate.self, NetworkUpdate.Params(name: name))
}

/// The ids of the trail above `after`, ascending, as PostgreSQL has them.
func trailIDs(after: Int64, in database: TestDatabase, method: String? = nil) async throws -> [Int64] {
    let filter = method.map { " AND method = '\($0)'" } ?? ""
    return try await offPool { try database.psql("SELECT id FROM audit_log WHERE id > \(after)\(filter) ORDER BY id") }
        .split(separator: "\n").compactMap { Int64($0.trimmingCharacters(in: .whitespaces)) }
}

/// `member.create` params for a council named after `key`.
func councilParams(_ key: String) -> JSONValue {
    [
        "name": .string("Watch \(key) Borough Council"), "kind": "borough", "tier": "full", "nation": "england",
        "population": 100_000, "budgetRevenue": 1_000_000_00, "budgetCapital": 1_000_000_00,
    ]
}

/// `writers` clients, each on its own connection and thread, each creating `each` members;
/// returns when all are done.
///
/// - Throws: the first error a writer met (a failed call is an error).
func createMembers(writers: Int, each: Int, socket: String, prefix: String) async throws {
    try await withThrowingTaskGroup(of: Void.self) { group in
        for writer in 0..<writers {
            group.addTask {
                try await offPool {
                    let client = try AdminClient(path: socket)
                    for index in 0..<each {
                        let response = try client.call("member.create", params: councilParams("\(prefix)-\(writer)-\(index)"))
                        if case .failure(let error) = response.outcome { throw error }
                    }
                }
            }
        }
        try await group.waitForAll()
    }
}

/// Calls `method` until it succeeds, retrying `unavailable` (PostgreSQL restarting).
func callRetrying(_ client: AdminClient, _ method: String, _ params: JSONValue) async throws {
    nonisolated(unsafe) let client = client
    try await waitUntil("\(method) succeeds") {
        let response = try await offPool { try client.call(method, params: params) }
        switch response.outcome {
        case .success: return true
        case .failure(let error) where error.kind == "unavailable": return false
        case .failure(let error): throw error
        }
    }
}

extension RPCResponse {
    /// The error, for an error response.
    var failure: RPCError? {
        if case .failure(let error) = outcome { return error }
        return nil
    }
}
