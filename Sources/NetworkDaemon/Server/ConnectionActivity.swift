import NIOCore
import Synchronization

/// What one admin-socket connection has read but not yet answered.
///
/// The framing handler counts a line when it is read from the socket; the connection's task
/// uncounts it once its answer is written (or it is skipped as blank). The idle timeout and
/// shutdown read it, so that a connection with a line read is never closed before that line's
/// answer is written.
final class ConnectionActivity: Sendable {
    private let pending = Atomic<Int>(0)
    private let watch = Atomic<Bool>(false)

    /// Lines read and not yet answered.
    var unanswered: Int { pending.load(ordering: .acquiring) }

    /// Whether the connection streams a watch (`audit.watch`): then the idle timeout never
    /// closes it — a quiet trail is not an idle client, and a client that goes away ends the
    /// watch by closing its side.
    var isWatching: Bool {
        get { watch.load(ordering: .acquiring) }
        set { watch.store(newValue, ordering: .releasing) }
    }

    func lineRead() {
        pending.add(1, ordering: .releasing)
    }

    func lineAnswered() {
        pending.subtract(1, ordering: .releasing)
    }
}

/// Sits between the line framing and the connection's task: counts each line read into the
/// connection's ``ConnectionActivity``, and closes the connection on the idle timeout — but only
/// when nothing is unanswered and it does not watch. A request running longer than the timeout is activity, and the
/// timeout fires again one period later, so the connection is closed at the earliest one period
/// after its last answer.
final class RequestActivityHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = RequestFrame
    typealias InboundOut = RequestFrame

    private let activity: ConnectionActivity

    init(activity: ConnectionActivity) {
        self.activity = activity
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .line = unwrapInboundIn(data) {
            activity.lineRead()
        }
        context.fireChannelRead(data)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent {
            if activity.unanswered == 0, !activity.isWatching {
                context.close(promise: nil)
            }
            return
        }
        context.fireUserInboundEventTriggered(event)
    }
}
