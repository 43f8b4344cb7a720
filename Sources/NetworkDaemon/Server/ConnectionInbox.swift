import NIOCore
import Synchronization

/// The end of one admin connection's pipeline: holds the lines read for the connection's task,
/// stops reading the socket while too many wait, and tells the task's writes when the channel
/// is closed or can take more.
///
/// It does what `NIOAsyncChannel` did for the server with less on the request path: a line
/// that arrives while the task waits is handed straight to it, a line already here is taken
/// without suspending, and nothing goes through a generic async sequence or writer.
///
/// - Lines are handed out in the order read. At most `highWatermark` wait: at that depth the
///   socket's next read is held back, and released once the task has taken the depth below
///   `lowWatermark` (`max_requests_in_flight`, as the server sets it). A line being answered no
///   longer waits, so read-ahead is bounded by the high watermark plus the one in hand.
/// - The lines end when the peer half-closes, the daemon shuts the reading side (drain), the
///   channel closes, or an error is caught; lines already read are handed out first, then the
///   end (or the error, once).
/// - A task waiting for a line or for writability is resumed when it is cancelled
///   (`CancellationError`), and every waiting write fails when the channel closes.
///
/// - Important: Add it last, after the framing; only one task may call ``next()``.
final class ConnectionInbox: ChannelDuplexHandler, Sendable {
    typealias InboundIn = RequestFrame
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// Why no more lines come.
    private enum End {
        case finished
        case failed(any Error)
    }

    private struct State: ~Copyable {
        var frames = CircularBuffer<RequestFrame>(initialCapacity: 4)
        var end: End?
        /// The reading task, while it waits for a line.
        var reader: UnsafeContinuation<RequestFrame?, any Error>?
        /// A `read` from the channel not passed on because `highWatermark` lines wait.
        var readHeld = false
        var closed = false
        var nextWriterID = 0
        /// Writes that wait for the channel to become writable, by id (for cancellation).
        var writers: [Int: UnsafeContinuation<Void, any Error>] = [:]
    }

    private let state = Mutex(State())
    private let lowWatermark: Int
    private let highWatermark: Int
    /// The channel, for releasing a held read from the reading task.
    private let channel: any Channel

    /// An inbox for `channel` that holds at most `highWatermark` lines read ahead.
    init(channel: any Channel, lowWatermark: Int, highWatermark: Int) {
        self.channel = channel
        self.highWatermark = max(1, highWatermark)
        self.lowWatermark = min(max(1, lowWatermark), self.highWatermark)
    }

    // MARK: The connection's task

    /// The next line read, or `nil` once the lines have ended; throws the error that ended
    /// them (once), or `CancellationError` when the task is cancelled while it waits.
    func next() async throws -> RequestFrame? {
        let (ready, release) = state.withLock { take(&$0) }
        if release { channel.read() }
        if let ready { return try ready.get() }
        return try await withTaskCancellationHandler {
            try await withUnsafeThrowingContinuation { continuation in
                // A line may have come since the first look: take it the same way.
                let (taken, release) = state.withLock { state -> (Result<RequestFrame?, any Error>?, release: Bool) in
                    let (taken, release) = take(&state)
                    if taken == nil {
                        if Task.isCancelled { return (.failure(CancellationError()), release) }
                        state.reader = continuation
                    }
                    return (taken, release)
                }
                if release { channel.read() }
                if let taken { continuation.resume(with: taken) }
            }
        } onCancel: {
            let reader = state.withLock { state in
                defer { state.reader = nil }
                return state.reader
            }
            reader?.resume(throwing: CancellationError())
        }
    }

    /// A line or the end already here, taking it, or `nil` when the task has to wait; and
    /// whether a held read is to be released now that the depth fell below the low watermark.
    private func take(_ state: inout State) -> (Result<RequestFrame?, any Error>?, release: Bool) {
        if let frame = state.frames.popFirst() {
            let release = state.readHeld && state.frames.count < lowWatermark
            if release { state.readHeld = false }
            return (.success(frame), release)
        }
        if let end = state.end { return (Self.ending(&state, end), false) }
        return (nil, false)
    }

    /// The end as the reader sees it: an error once, then `nil`.
    private static func ending(_ state: inout State, _ end: End) -> Result<RequestFrame?, any Error> {
        guard case .failed(let error) = end else { return .success(nil) }
        state.end = .finished
        return .failure(error)
    }

    /// Returns once the channel can take more writes; throws when it is closed or the task is
    /// cancelled meanwhile.
    func writable() async throws {
        let id = state.withLock { state in
            defer { state.nextWriterID += 1 }
            return state.nextWriterID
        }
        try await withTaskCancellationHandler {
            try await withUnsafeThrowingContinuation { (continuation: UnsafeContinuation<Void, any Error>) in
                let outcome: Result<Void, any Error>? = state.withLock { state in
                    if state.closed { return .failure(ChannelError.ioOnClosedChannel) }
                    if channel.isWritable { return .success(()) }
                    if Task.isCancelled { return .failure(CancellationError()) }
                    state.writers[id] = continuation
                    return nil
                }
                if let outcome { continuation.resume(with: outcome) }
            }
        } onCancel: {
            state.withLock { $0.writers.removeValue(forKey: id) }?.resume(throwing: CancellationError())
        }
    }

    /// Whether the connection's task is waiting for a line (what tests wait for).
    var hasWaitingReader: Bool { state.withLock { $0.reader != nil } }

    /// How many writes are waiting for the channel to become writable.
    var waitingWriters: Int { state.withLock { $0.writers.count } }

    /// Throws when the channel is closed, so that a write to it fails as the client's absence.
    func checkOpen() throws {
        if state.withLock({ $0.closed }) { throw ChannelError.ioOnClosedChannel }
    }

    // MARK: The pipeline (on the channel's event loop)

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        let reader = state.withLock { state -> UnsafeContinuation<RequestFrame?, any Error>? in
            guard let reader = state.reader else {
                state.frames.append(frame)
                return nil
            }
            state.reader = nil
            return reader
        }
        reader?.resume(returning: frame)
    }

    func read(context: ChannelHandlerContext) {
        let hold = state.withLock { state in
            state.readHeld = state.frames.count >= highWatermark
            return state.readHeld
        }
        if !hold { context.read() }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .inputClosed = event as? ChannelEvent { finish(.finished, closed: false) }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        finish(.failed(error), closed: false)
        context.fireErrorCaught(error)
    }

    func channelInactive(context: ChannelHandlerContext) {
        finish(.finished, closed: true)
        context.fireChannelInactive()
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable {
            let writers = state.withLock { state in
                defer { state.writers = [:] }
                return state.writers
            }
            for writer in writers.values { writer.resume() }
        }
        context.fireChannelWritabilityChanged()
    }

    /// Ends the lines (the first end wins) and wakes a waiting reader; on close, also fails
    /// every waiting write.
    private func finish(_ end: End, closed: Bool) {
        typealias Woken = (reader: UnsafeContinuation<RequestFrame?, any Error>?, outcome: Result<RequestFrame?, any Error>,
                           writers: [Int: UnsafeContinuation<Void, any Error>])
        let woken = state.withLock { state -> Woken in
            if state.end == nil { state.end = end }
            var writers: [Int: UnsafeContinuation<Void, any Error>] = [:]
            if closed {
                state.closed = true
                swap(&writers, &state.writers)
            }
            let reader = state.reader
            state.reader = nil
            let outcome = reader == nil ? .success(nil) : Self.ending(&state, state.end ?? end)
            return (reader, outcome, writers)
        }
        woken.reader?.resume(with: woken.outcome)
        for writer in woken.writers.values { writer.resume(throwing: ChannelError.ioOnClosedChannel) }
    }
}
