import Foundation

/// Runs blocking work (a socket call, psql, a child process) on a thread of its own and awaits
/// it.
///
/// Swift Testing runs tests in parallel on the cooperative pool, which has one thread per core —
/// two here. A test that blocks a pool thread starves every other test, and an in-process
/// daemon, which serves on the same pool, can then not answer at all.
public func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread {
            continuation.resume(with: Result { try work() })
        }
    }
}

/// Polls `condition` every 50 ms until it holds, for at most `limit` — generous by default: on a
/// loaded 2-core machine facts take a while to become true, and a bound only matters when a test
/// is failing anyway.
///
/// - Throws: ``WaitTimeout`` naming `what` when the limit passes first.
public func waitUntil(_ what: String, limit: Duration = .seconds(90), _ condition: () async throws -> Bool) async throws {
    let deadline = ContinuousClock.now + limit
    while ContinuousClock.now < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(50))
    }
    throw WaitTimeout(what: what, limit: limit)
}

/// A condition that did not become true in time.
public struct WaitTimeout: Error, CustomStringConvertible {
    public var what: String
    public var limit: Duration
    public var description: String { "timed out after \(limit) waiting until \(what)" }
}
