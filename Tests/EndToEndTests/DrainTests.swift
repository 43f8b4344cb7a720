import AdminProtocol
import Foundation
import NetworkTestSupport
import Synchronization
import Testing

/// SIGTERM while many clients write: every write that committed was answered, every line the
/// daemon read but did not start was answered `unavailable`, and nothing else ran.
@Suite("Drain under load")
struct DrainTests {
    /// What one writer saw for one request key.
    enum Seen: Sendable, Equatable {
        case succeeded
        case unavailable
        case otherError(String)
        case unanswered
    }

    static let writers = 40

    /// Every key's outcome, shared by the writer threads.
    final class Outcomes: Sendable {
        let seen = Mutex<[String: Seen]>([:])
    }

    /// One writer: pipelines two `member.create` calls at a time (so that some lines are read
    /// but not started when the drain begins) until the connection ends.
    static func write(_ writer: Int, socket: String, outcomes: Outcomes) {
        guard let client = try? AdminClient(path: socket) else { return }
        var sequence = 0
        while sequence < 10_000 {
            let keys = (0..<2).map { _ -> String in
                sequence += 1
                return "w\(writer)-\(sequence)"
            }
            do {
                for key in keys {
                    outcomes.seen.withLock { $0[key] = Seen.unanswered }
                    let request: JSONValue = [
                        "jsonrpc": "2.0", "id": .string(key), "method": "member.create",
                        "params": [
                            "name": .string("Drain \(key) Borough Council"), "kind": "borough", "tier": "full", "nation": "england",
                            "population": 100_000, "budgetRevenue": 1_000_000_00, "budgetCapital": 1_000_000_00,
                            "idempotencyKey": .string(key),
                        ],
                    ]
                    try client.sendLine(try JSONCoding.encode(request))
                }
                for _ in keys {
                    let answer = try JSONCoding.readValue(try client.readLine())
                    guard let key = answer["id"]?.stringValue else { continue }
                    let outcome: Seen
                    if answer["result"] != nil {
                        outcome = .succeeded
                    } else if answer["error"]?["data"]?["kind"]?.stringValue == "unavailable" {
                        outcome = .unavailable
                    } else {
                        outcome = .otherError(answer["error"]?["message"]?.stringValue ?? "?")
                    }
                    outcomes.seen.withLock { $0[key] = outcome }
                }
            } catch {
                return  // the daemon closed the connection: what is unanswered stays so
            }
        }
    }

    @Test func sigtermWithFortyWritersAnswersEveryCommittedWrite() async throws {
        let database = try await TestDatabase.fresh()
        let daemon = try DaemonProcess.start(database: database, arguments: ["--log-level", "warning"])
        defer { daemon.stop() }
        let shared = Outcomes()
        let socket = daemon.socketPath
        nonisolated(unsafe) let threads = (0..<Self.writers).map { writer -> Thread in
            let thread = Thread { Self.write(writer, socket: socket, outcomes: shared) }
            thread.start()
            return thread
        }
        try await waitFor("the writers have committed 200 members") {
            (Int(try database.psql("SELECT count(*) FROM member").trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) >= 200
        }
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit(timeout: 60) == 0, "the daemon drains and exits 0")
        try await waitFor("every writer has stopped") { threads.allSatisfy { $0.isFinished } }

        let committed = Set(try database.psql("SELECT key FROM idempotency_keys WHERE key LIKE 'w%'")
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        let outcomes = shared.seen.withLock { $0 }
        let succeeded = Set(outcomes.filter { $0.value == .succeeded }.keys)
        let unavailable = Set(outcomes.filter { $0.value == .unavailable }.keys)
        let unanswered = Set(outcomes.filter { $0.value == .unanswered }.keys)
        let others = outcomes.filter { if case .otherError = $0.value { true } else { false } }
        #expect(others.isEmpty, "no other errors: \(others.prefix(3))")
        #expect(committed.subtracting(succeeded).isEmpty,
                "committed but not answered: \(committed.subtracting(succeeded).sorted().prefix(5))")
        #expect(succeeded.subtracting(committed).isEmpty, "answered success but not committed")
        #expect(unavailable.isDisjoint(with: committed), "answered unavailable yet run")
        #expect(unanswered.isDisjoint(with: committed), "run yet never answered")
        #expect(try database.psql("SELECT count(*) FROM audit_log WHERE method = 'member.create'")
            .trimmingCharacters(in: .whitespacesAndNewlines) == String(committed.count), "one audit row per committed write")
        print("drain: \(committed.count) committed and answered, \(unavailable.count) answered unavailable, "
              + "\(unanswered.count) sent but never read")
    }
}
