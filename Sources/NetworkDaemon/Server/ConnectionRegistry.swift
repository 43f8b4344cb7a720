import NIOCore
import Synchronization

/// The open admin-socket connections: enforces the connection caps, and on shutdown stops every
/// connection reading while letting it answer what it has read.
///
/// Admission, in order: nobody while draining; an operator while fewer than `maxConnections`
/// are open; anyone else while fewer than `maxConnections - operatorReservedConnections` are
/// open and fewer than `maxConnectionsPerUID` are open for the same uid. So one uid — or all of
/// them together — can never take the slots kept for operators.
final class ConnectionRegistry: Sendable {
    /// The caps, read from the configuration at each admission (a reload applies them).
    struct Limits: Sendable {
        var maxConnections: Int
        var operatorReserved: Int
        var perUID: Int
    }

    /// Why a connection was not admitted; `message` is what the client is told.
    enum Refusal: Error, Sendable {
        case draining
        case full(limit: Int)
        case perUID(uid: UInt32, limit: Int)

        var message: String {
            switch self {
            case .draining: "networkd is shutting down; retry later"
            case .full(let limit): "too many connections (\(limit)); retry later"
            case .perUID(let uid, let limit): "too many connections from uid \(uid) (\(limit) at most); retry later"
            }
        }
    }

    private struct Entry {
        var channel: any Channel
        var uid: UInt32
    }

    private struct State {
        var nextID = 0
        var entries: [Int: Entry] = [:]
        var draining = false
    }

    private let state = Mutex(State())

    /// Registers a connection of `uid`, or says why not.
    func admit(_ channel: any Channel, uid: UInt32, isOperator: Bool, limits: Limits) -> Result<Int, Refusal> {
        state.withLock { state in
            if state.draining { return .failure(.draining) }
            let open = state.entries.count
            if isOperator {
                guard open < limits.maxConnections else { return .failure(.full(limit: limits.maxConnections)) }
            } else {
                let shared = max(0, limits.maxConnections - limits.operatorReserved)
                guard open < shared else { return .failure(.full(limit: shared)) }
                let mine = state.entries.values.reduce(0) { $0 + ($1.uid == uid ? 1 : 0) }
                guard mine < limits.perUID else { return .failure(.perUID(uid: uid, limit: limits.perUID)) }
            }
            state.nextID += 1
            state.entries[state.nextID] = Entry(channel: channel, uid: uid)
            return .success(state.nextID)
        }
    }

    func remove(_ id: Int) {
        _ = state.withLock { $0.entries.removeValue(forKey: id) }
    }

    var isDraining: Bool { state.withLock { $0.draining } }
    var count: Int { state.withLock { $0.entries.count } }

    /// Stops admitting, and shuts the reading side of every open connection.
    ///
    /// Nothing is closed here: each connection's task answers the request it is running, then
    /// every line already read (with `unavailable`, since it was not started), and only then
    /// closes. Lines the daemon never read are never run; the client sees the connection close
    /// after the last answer.
    func drain() {
        let open = state.withLock { state -> [any Channel] in
            state.draining = true
            return state.entries.values.map(\.channel)
        }
        for channel in open { channel.close(mode: .input, promise: nil) }
    }
}
