import NIOCore
import Synchronization

/// What one admin-socket connection has read but not yet answered, and when it was last active.
///
/// The framing handler counts a line when it is read from the socket; the connection's task
/// uncounts it once its answer is written (or it is skipped as blank). The idle timeout and
/// shutdown read it, so that a connection with a line read is never closed before that line's
/// answer is written.
final class ConnectionActivity: Sendable {
    private let pending = Atomic<Int>(0)
    private let watch = Atomic<Bool>(false)
    /// `NIODeadline.uptimeNanoseconds` of the last read from the socket or answer written.
    private let lastActive = Atomic<UInt64>(NIODeadline.now().uptimeNanoseconds)

    /// Lines read and not yet answered.
    var unanswered: Int { pending.load(ordering: .acquiring) }

    /// Whether the connection streams a watch (`audit.watch`): then the idle timeout never
    /// closes it — a quiet trail is not an idle client, and a client that goes away ends the
    /// watch by closing its side.
    var isWatching: Bool {
        get { watch.load(ordering: .acquiring) }
        set { watch.store(newValue, ordering: .releasing) }
    }

    /// When the connection last read bytes from its client or wrote an answer.
    var lastActivity: NIODeadline { NIODeadline.uptimeNanoseconds(lastActive.load(ordering: .acquiring)) }

    /// Bytes were read from the client (a whole line or not).
    func bytesRead() {
        lastActive.store(NIODeadline.now().uptimeNanoseconds, ordering: .releasing)
    }

    func lineRead() {
        pending.add(1, ordering: .releasing)
    }

    func lineAnswered() {
        lastActive.store(NIODeadline.now().uptimeNanoseconds, ordering: .releasing)
        pending.subtract(1, ordering: .releasing)
    }
}

/// Sits between the line framing and the connection's task: counts each line read into the
/// connection's ``ConnectionActivity``, and closes the connection on the idle timeout: once a
/// whole period has passed since its last read or answer, and only when nothing is unanswered
/// and it does not watch. A request running longer than the timeout is activity, and the check
/// comes again one period later, so the connection is closed at the earliest one period after
/// its last answer.
///
/// The timeout is one timer a connection, moved on only when it fires: reads and answers just
/// note the time, where NIO's `IdleStateHandler` made a promise and a callback for every write.
final class RequestActivityHandler: ChannelInboundHandler {
    typealias InboundIn = RequestFrame
    typealias InboundOut = RequestFrame

    private let activity: ConnectionActivity
    private let idleTimeout: TimeAmount
    private var check: Scheduled<Void>?
    private var started = false

    init(activity: ConnectionActivity, idleTimeout: TimeAmount) {
        self.activity = activity
        self.idleTimeout = idleTimeout
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { start(context) }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        check?.cancel()
        check = nil
    }

    func channelActive(context: ChannelHandlerContext) {
        start(context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        check?.cancel()
        check = nil
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .line = unwrapInboundIn(data) {
            activity.lineRead()
        }
        context.fireChannelRead(data)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        activity.bytesRead()
        context.fireChannelReadComplete()
    }

    private func start(_ context: ChannelHandlerContext) {
        guard !started else { return }
        started = true
        activity.bytesRead()
        schedule(context, at: .now() + idleTimeout)
    }

    private func schedule(_ context: ChannelHandlerContext, at deadline: NIODeadline) {
        check = context.eventLoop.assumeIsolated().scheduleTask(deadline: deadline) { [self] in
            idleCheck(context)
        }
    }

    /// The timer fired: close an idle connection, or look again when it could next be idle.
    private func idleCheck(_ context: ChannelHandlerContext) {
        check = nil
        guard context.channel.isActive else { return }
        let now = NIODeadline.now()
        if activity.unanswered > 0 || activity.isWatching {
            schedule(context, at: now + idleTimeout)
            return
        }
        let due = activity.lastActivity + idleTimeout
        if due <= now {
            context.close(promise: nil)
        } else {
            schedule(context, at: due)
        }
    }
}
