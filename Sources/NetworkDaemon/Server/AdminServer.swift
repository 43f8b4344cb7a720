#if canImport(Glibc)
import Glibc
#endif
import AdminProtocol
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import Synchronization

/// The admin socket: accepts connections on a Unix socket (bound here or passed in by systemd)
/// and serves JSON-RPC, one line per request, until graceful shutdown.
///
/// - Each connection is handled in its own child task; a handler catches everything, so one bad
///   client never takes the server down.
/// - On graceful shutdown it stops accepting and stops reading every connection; each answers
///   the request it is running, answers every line it has already read with `unavailable`
///   (not started: retry), and closes. A line the daemon has read is never left unanswered, and
///   nothing is started after shutdown begins.
/// - A connection is closed on its idle timeout only when it has nothing unanswered.
/// - A connection whose `audit.watch` succeeded streams its watch after the answer until the
///   client closes it or the daemon drains (see ``serveWatch(_:inbox:outbound:channel:activity:)``).
public final class AdminServer: Service, Sendable {
    let services: DaemonServices
    private let dispatcher: RequestDispatcher
    private let listenDescriptor: Int32?
    let logger: Logger
    private let onListening: @Sendable (String) -> Void

    public init(services: DaemonServices, dispatcher: RequestDispatcher, listenDescriptor: Int32?, logger: Logger,
                onListening: @escaping @Sendable (String) -> Void) {
        self.services = services
        self.dispatcher = dispatcher
        self.listenDescriptor = listenDescriptor
        self.logger = logger
        self.onListening = onListening
    }

    public func run() async throws {
        let configuration = services.state.configuration
        let (connections, continuation) = AsyncStream<AcceptedConnection>.makeStream()
        let state = services.state
        let logger = self.logger
        let (loops, pinnedTo) = EventLoopPlacement.group(pinned: configuration.pinEventLoops)
        let bootstrap = ServerBootstrap(group: loops)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            // Shutting down reads (drain), and a client that half-closes after its last request,
            // must end only the reading side: the answers still have to go out.
            .childChannelOption(ChannelOptions.allowRemoteHalfClosure, value: true)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    // Read per connection: a reload applies idle_timeout, max_line_bytes and
                    // max_requests_in_flight to new connections.
                    let live = state.configuration
                    let activity = ConnectionActivity()
                    let sync = channel.pipeline.syncOperations
                    try sync.addHandler(ByteToMessageHandler(LineFrameDecoder(maximumLength: live.maxLineBytes)))
                    try sync.addHandler(RequestActivityHandler(activity: activity, idleTimeout: .seconds(Int64(live.idleTimeoutSeconds))))
                    // The lines waiting in the inbox are the per-connection limit on lines
                    // read ahead of their answers: at max_requests_in_flight it stops reading.
                    let inbox = ConnectionInbox(channel: channel, lowWatermark: max(1, live.maxRequestsInFlight / 2),
                                                highWatermark: live.maxRequestsInFlight)
                    try sync.addHandler(inbox)
                    let accepted = AcceptedConnection(channel: channel, inbox: inbox, activity: activity)
                    if case .terminated = continuation.yield(accepted) {
                        // Accepted while the server stops: nobody will serve it.
                        channel.close(promise: nil)
                    }
                }
            }

        let serverChannel: any Channel
        let description: String
        if let listenDescriptor {
            serverChannel = try await bootstrap.withBoundSocket(listenDescriptor).get()
            description = "socket passed by systemd (fd \(listenDescriptor))"
        } else {
            serverChannel = try await bind(bootstrap, path: configuration.socketPath, mode: configuration.socketMode)
            description = configuration.socketPath
        }
        logger.notice("listening", metadata: [
            "socket": "\(description)",
            "event_loops": pinnedTo.map { "pinned to CPUs \($0.map(String.init).joined(separator: ","))" } ?? "unpinned",
        ])
        onListening(description)

        let registry = services.connections
        let notifier = services.notifier
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                for await connection in connections {
                    // The connection's task runs on its channel's event loop (see EventLoopTaskExecutor).
                    let executor = EventLoopTaskExecutor(connection.channel.eventLoop)
                    group.addTask(executorPreference: executor) { await self.serve(connection) }
                }
            }
        } onGracefulShutdown: {
            notifier.stopping()
            logger.notice("draining: no new connections; finishing requests in flight")
            serverChannel.close(promise: nil)
            continuation.finish()
            registry.drain()
        }
        // Also when cancelled rather than shut down gracefully: stop accepting.
        try? await serverChannel.close()
        if listenDescriptor == nil {
            unlink(configuration.socketPath)
        }
        logger.notice("admin socket closed")
    }

    /// Binds the socket file with `mode` from the first instant (umask), replacing a stale file.
    ///
    /// The umask is the process's, so binds are serialised: two servers in one process (tests)
    /// must not create each other's socket files with the wrong mode.
    private func bind(_ bootstrap: ServerBootstrap, path: String, mode: UInt32) async throws -> any Channel {
        try Self.bindHoldingUmask(bootstrap, path: path, mode: mode)
    }

    /// Synchronous on purpose: the lock is held across the bind (a brief wait for the event loop,
    /// once, at start-up).
    private static func bindHoldingUmask(_ bootstrap: ServerBootstrap, path: String, mode: UInt32) throws -> any Channel {
        try umaskLock.withLock { _ in
            let previous = umask(mode_t(0o777 & ~mode))
            defer { umask(previous) }
            let channel = try bootstrap.bind(unixDomainSocketPath: path, cleanupExistingSocketFile: true).wait()
            chmod(path, mode_t(mode))
            return channel
        }
    }

    private static let umaskLock = Mutex(())

    /// Serves one connection until it closes, the client goes idle, or the daemon drains.
    ///
    /// The channel is closed when this returns, on every path, including refusals. Every line
    /// read is uncounted from the connection's activity only after its answer is written.
    private func serve(_ accepted: AcceptedConnection) async {
        let channel = accepted.channel
        let inbox = accepted.inbox
        let activity = accepted.activity
        let outbound = ConnectionWriter(channel: channel, inbox: inbox)
        do {
            try await serveLines(inbox, outbound, channel, activity)
        } catch {
            logger.debug("connection ended with an error", metadata: ["error": "\(error)"])
        }
        try? await channel.close()
    }

    /// Reads the peer, admits or refuses the connection, then answers each line in turn, and
    /// hands over to ``serveWatch(_:inbox:outbound:channel:activity:)`` after an `audit.watch`.
    private func serveLines(_ inbox: ConnectionInbox, _ outbound: ConnectionWriter, _ channel: any Channel,
                            _ activity: ConnectionActivity) async throws {
        let registry = services.connections
        let session: ConnectionSession
        let peer: PeerCredentials
        let handoff = WatchHandoff()
        do {
            peer = try await PeerCredentials.read(from: channel)
            session = ConnectionSession(caller: services.state.roleMapper.caller(for: peer), watchHandoff: handoff)
        } catch {
            logger.warning("cannot read peer credentials; closing", metadata: ["error": "\(error)"])
            return
        }
        let configuration = services.state.configuration
        let limits = ConnectionRegistry.Limits(
            maxConnections: configuration.maxConnections, operatorReserved: configuration.operatorReservedConnections,
            perUID: configuration.maxConnectionsPerUID)
        let id: Int
        switch registry.admit(channel, uid: peer.uid, isOperator: session.caller.roles.contains(.operator), limits: limits) {
        case .success(let admitted):
            id = admitted
        case .failure(let refusal):
            logger.warning("refusing a connection: \(refusal.message)", metadata: ["peer.uid": "\(peer.uid)"])
            let error = RPCResponse(id: .null, error: RPCError(.unavailable(refusal.message)))
            try await outbound.write(Self.line(try JSONCoding.encode(error.jsonValue), channel))
            Self.closeSoon(channel)
            while try await inbox.next() != nil {}
            return
        }
        defer { registry.remove(id) }
        lines: while let frame = try await inbox.next() {
            switch frame {
            case .tooLong(let limit):
                try await Self.refuseTooLong(limit, outbound, channel)
                continue
            case .line(let buffer):
                if buffer.readableBytesView.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    activity.lineAnswered()
                    continue
                }
                // After the drain began, a line read but not started is answered
                // without running it.
                let notStarted = registry.isDraining ? Self.shuttingDown : nil
                await dispatcher.respond(to: buffer.readableBytesView, session: session, notStarted: notStarted) { piece in
                    try await outbound.write(piece)
                }
                activity.lineAnswered()
            }
            if let subscription = handoff.take() {
                await serveWatch(subscription, inbox: inbox, outbound: outbound, channel: channel, activity: activity)
                break lines
            }
        }
        try? await Self.flushed(channel)
    }

    /// The answer to each call of a line read but not started because the daemon is shutting
    /// down: `unavailable` (retry).
    static let shuttingDown = RPCError(.unavailable("networkd is shutting down; this request was not started — retry"))

    /// Answers a line over `max_line_bytes` and closes the connection soon; the decoder
    /// discards everything after it, so the connection only reads on until the close.
    static func refuseTooLong(_ limit: Int, _ outbound: ConnectionWriter, _ channel: any Channel)
        async throws
    {
        let response = RPCResponse(id: .null, error: .lineTooLong(limit: limit))
        try await outbound.write(Self.line(try JSONCoding.encode(response.jsonValue), channel))
        Self.closeSoon(channel)
    }

    /// Waits until everything written to `channel` so far has reached the socket, so that closing
    /// it next loses no answer (NIO drops writes still pending at close).
    static func flushed(_ channel: any Channel) async throws {
        try await channel.writeAndFlush(channel.allocator.buffer(capacity: 0)).get()
    }

    /// Closes `channel` after a moment, so that what the client is still sending can be read
    /// and discarded first.
    ///
    /// Closing a Unix socket with unread data makes the peer's next read fail with ECONNRESET
    /// before it sees the error line just written; reading on until the scheduled close lets
    /// the line arrive.
    private static func closeSoon(_ channel: any Channel) {
        channel.eventLoop.scheduleTask(in: .milliseconds(250)) {
            channel.close(promise: nil)
        }
    }

    static func line(_ bytes: [UInt8], _ channel: any Channel) -> ByteBuffer {
        var buffer = channel.allocator.buffer(capacity: bytes.count + 1)
        buffer.writeBytes(bytes)
        buffer.writeInteger(UInt8(ascii: "\n"))
        return buffer
    }
}

/// A connection accepted by the server: its channel, the inbox at the end of its pipeline, and
/// the count of what it has read and not answered.
struct AcceptedConnection: Sendable {
    var channel: any Channel
    var inbox: ConnectionInbox
    var activity: ConnectionActivity
}
