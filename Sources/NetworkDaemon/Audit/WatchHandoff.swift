import Synchronization

/// Carries a subscription from `audit.watch`'s handler to the connection that serves it: the
/// handler claims the connection and offers the subscription; the server takes it once the
/// answer is written, and from then on the connection streams it.
///
/// Only connections of the admin server have one (``ConnectionSession/watchHandoff``): a
/// request path without a socket (tests, tools) cannot watch.
final class WatchHandoff: Sendable {
    private struct State {
        var claimed = false
        var offered: ChangeSubscription?
    }

    private let state = Mutex(State())

    /// Claims the connection for a watch; `false` when it already watches (or is about to).
    func claim() -> Bool {
        state.withLock { state in
            if state.claimed { return false }
            state.claimed = true
            return true
        }
    }

    /// Gives a claim back (the watch could not start).
    func release() {
        state.withLock { $0.claimed = false }
    }

    /// Hands over the subscription of the claimed connection.
    func offer(_ subscription: ChangeSubscription) {
        state.withLock { $0.offered = subscription }
    }

    /// The subscription offered since the last call, if any.
    func take() -> ChangeSubscription? {
        state.withLock { state in
            defer { state.offered = nil }
            return state.offered
        }
    }
}
