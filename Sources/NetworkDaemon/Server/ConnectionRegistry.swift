import NIOCore
import Synchronization

/// The open admin-socket connections: enforces the connection cap, and on shutdown closes the
/// idle ones at once while busy ones finish their current request.
final class ConnectionRegistry: Sendable {
    private struct Entry {
        var channel: any Channel
        var busy: Bool
    }

    private struct State {
        var nextID = 0
        var entries: [Int: Entry] = [:]
        var draining = false
    }

    private let state = Mutex(State())

    /// Registers a connection unless `limit` are already open or the daemon is draining.
    func admit(_ channel: any Channel, limit: Int) -> Int? {
        state.withLock { state in
            guard !state.draining, state.entries.count < limit else { return nil }
            state.nextID += 1
            state.entries[state.nextID] = Entry(channel: channel, busy: false)
            return state.nextID
        }
    }

    func remove(_ id: Int) {
        _ = state.withLock { $0.entries.removeValue(forKey: id) }
    }

    /// Marks a connection busy (processing a request) or idle.
    ///
    /// - Returns: whether the connection should keep going (false once draining and idle).
    @discardableResult
    func setBusy(_ id: Int, _ busy: Bool) -> Bool {
        state.withLock { state in
            state.entries[id]?.busy = busy
            return !state.draining
        }
    }

    var isDraining: Bool { state.withLock { $0.draining } }
    var count: Int { state.withLock { $0.entries.count } }

    /// Stops admitting and closes every idle connection.
    func drain() {
        let idle = state.withLock { state -> [any Channel] in
            state.draining = true
            return state.entries.values.filter { !$0.busy }.map(\.channel)
        }
        for channel in idle { channel.close(promise: nil) }
    }
}
