#if canImport(Glibc)
import Glibc
#endif
import AdminProtocol
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

/// The admin socket: accepts connections on a Unix socket (bound here or passed in by systemd)
/// and serves JSON-RPC, one line per request, until graceful shutdown.
///
/// - Each connection is handled in its own child task; a handler catches everything, so one bad
///   client never takes the server down.
/// - On graceful shutdown it stops accepting, closes idle connections, lets requests in flight
///   finish and answer, then returns.
public final class AdminServer: Service, Sendable {
    private let services: DaemonServices
    private let dispatcher: RequestDispatcher
    private let listenDescriptor: Int32?
    private let logger: Logger
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
        let (connections, continuation) = AsyncStream<NIOAsyncChannel<RequestFrame, ByteBuffer>>.makeStream()
        let state = services.state
        let logger = self.logger
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    // Read per connection: a reload applies idle_timeout and max_line_bytes.
                    let live = state.configuration
                    let sync = channel.pipeline.syncOperations
                    try sync.addHandler(ByteToMessageHandler(LineFrameDecoder(maximumLength: live.maxLineBytes)))
                    try sync.addHandler(IdleStateHandler(readTimeout: .seconds(Int64(live.idleTimeoutSeconds))))
                    try sync.addHandler(IdleConnectionCloser())
                    let wrapped = try NIOAsyncChannel<RequestFrame, ByteBuffer>(wrappingChannelSynchronously: channel)
                    if case .terminated = continuation.yield(wrapped) {
                        // Accepted while the server stops: nobody will serve it. Close it through
                        // executeThenClose, since dropping a NIOAsyncChannel unfinished traps.
                        Task { try? await wrapped.executeThenClose { _, _ in } }
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
        logger.notice("listening", metadata: ["socket": "\(description)"])
        onListening(description)

        let registry = services.connections
        let notifier = services.notifier
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                for await connection in connections {
                    group.addTask { await self.serve(connection) }
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
    private func bind(_ bootstrap: ServerBootstrap, path: String, mode: UInt32) async throws -> any Channel {
        let previous = umask(mode_t(0o777 & ~mode))
        defer { umask(previous) }
        let channel = try await bootstrap.bind(unixDomainSocketPath: path, cleanupExistingSocketFile: true).get()
        chmod(path, mode_t(mode))
        return channel
    }

    /// Serves one connection until it closes, the client goes idle, or the daemon drains.
    ///
    /// Everything happens inside `executeThenClose`, so the channel is closed and its writer
    /// finished on every path, including refusals.
    private func serve(_ connection: NIOAsyncChannel<RequestFrame, ByteBuffer>) async {
        let channel = connection.channel
        let registry = services.connections
        let limit = services.state.configuration.maxConnections
        do {
            try await connection.executeThenClose { inbound, outbound in
                guard let id = registry.admit(channel, limit: limit) else {
                    logger.warning("refusing a connection: \(limit) clients already connected")
                    let error = RPCResponse(id: .null, error: RPCError(.unavailable("too many connections (\(limit)); retry later")))
                    try await outbound.write(Self.line(try JSONCoding.encode(error.jsonValue), channel))
                    Self.closeSoon(channel)
                    for try await _ in inbound {}
                    return
                }
                defer { registry.remove(id) }
                let session: ConnectionSession
                do {
                    let peer = try await PeerCredentials.read(from: channel)
                    session = ConnectionSession(caller: services.state.roleMapper.caller(for: peer))
                } catch {
                    logger.warning("cannot read peer credentials; closing", metadata: ["error": "\(error)"])
                    return
                }
                for try await frame in inbound {
                    switch frame {
                    case .tooLong(let limit):
                        let response = RPCResponse(id: .null, error: .lineTooLong(limit: limit))
                        try await outbound.write(Self.line(try JSONCoding.encode(response.jsonValue), channel))
                        // The decoder now discards everything; read on until the close.
                        Self.closeSoon(channel)
                        continue
                    case .line(let buffer):
                        if buffer.readableBytesView.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                        registry.setBusy(id, true)
                        let answer = await dispatcher.respond(to: buffer.readableBytesView, session: session)
                        if let answer {
                            try await outbound.write(Self.line(answer, channel))
                        }
                        if !registry.setBusy(id, false) { return }
                    }
                }
            }
        } catch {
            logger.debug("connection ended with an error", metadata: ["error": "\(error)"])
        }
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

    private static func line(_ bytes: [UInt8], _ channel: any Channel) -> ByteBuffer {
        var buffer = channel.allocator.buffer(capacity: bytes.count + 1)
        buffer.writeBytes(bytes)
        buffer.writeInteger(UInt8(ascii: "\n"))
        return buffer
    }
}
