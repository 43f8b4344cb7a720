import AdminProtocol
import NIOCore

extension AdminServer {
    /// How long a draining daemon tries to write a watch's end notification to a client that
    /// may not be reading, before it closes the connection regardless.
    static let watchEndDeadline: Duration = .seconds(2)

    /// Serves a connection whose `audit.watch` was answered: streams the subscription until
    /// the client closes (or half-closes) its side, writing fails, or the daemon drains.
    ///
    /// - One task writes the stream (``ChangeStream``) while this one reads on: each further
    ///   line is answered with an invalid-request error (a notification gets none) and does not
    ///   run. Every line written is one whole buffer, so the two never interleave inside a line.
    /// - When the daemon drains, the reading side ends; the stream is stopped where it stands
    ///   and the client gets ``AuditWatch/endNotification`` with that position — within
    ///   ``watchEndDeadline`` even if it reads nothing, so a stuck client cannot hold the
    ///   shutdown. The idle timeout does not apply meanwhile.
    /// - The subscription is removed from the feed on every path.
    func serveWatch(_ subscription: ChangeSubscription, inbox: ConnectionInbox, outbound: ConnectionWriter,
                    channel: any Channel, activity: ConnectionActivity) async {
        let feed = services.changes
        let registry = services.connections
        let logger = self.logger
        activity.isWatching = true
        defer { feed.unsubscribe(subscription) }
        let stream = ChangeStream(feed: feed, subscription: subscription, logger: logger)
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    try await stream.run { line in try await outbound.write(line) }
                } catch {
                    logger.debug("watch stream ended", metadata: ["error": "\(error)"])
                }
                // Ended on its own (the client is gone, the feed stopped): end the connection.
                if !Task.isCancelled { channel.close(promise: nil) }
            }
            do {
                while let frame = try await inbox.next() {
                    switch frame {
                    case .tooLong(let limit):
                        try await Self.refuseTooLong(limit, outbound, channel)
                    case .line(let buffer):
                        defer { activity.lineAnswered() }
                        guard let answer = Self.refusalWhileWatching(buffer.readableBytesView) else { continue }
                        try await outbound.write(Self.line(try JSONCoding.encode(answer.jsonValue), channel))
                    }
                }
            } catch {
                logger.debug("watching connection ended with an error", metadata: ["error": "\(error)"])
            }
            group.cancelAll()
        }
        if registry.isDraining {
            let ended = AuditWatchEvent.ended(AuditWatch.Ended(reason: "shutdown", position: subscription.position))
            if let line = try? JSONCoding.encode(try ended.notification) {
                await Self.writeWithin(Self.watchEndDeadline, Self.line(line, channel), outbound, channel)
            }
        }
        logger.debug("watch ended", metadata: ["audit.position": "\(subscription.position)"])
        // Closed here, not by finishing the writer: that would wait for a client that may
        // never read what is still queued.
        channel.close(promise: nil)
    }

    /// The answer to a line sent on a watching connection: invalid request, with the request's
    /// id; `nil` for a blank line or a lone notification, which get none.
    static func refusalWhileWatching(_ line: some Collection<UInt8>) -> RPCResponse? {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return nil }
        let id: JSONValue
        switch RPCMessage.parse(line) {
        case .single(.success(let request)):
            guard let requestID = request.id else { return nil }
            id = requestID
        case .single(.failure(let failure)), .unparsable(let failure):
            id = failure.id
        case .batch:
            id = .null
        }
        return RPCResponse(id: id, error: .invalidRequest(
            "this connection is watching changes (\(AuditWatch.name)) and takes no further requests; use another connection"))
    }

    /// Writes and flushes `buffer`; after `deadline` (a client that does not read) closes the
    /// channel instead, which fails the write still waiting.
    private static func writeWithin(_ deadline: Duration, _ buffer: ByteBuffer, _ outbound: ConnectionWriter,
                                    _ channel: any Channel) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                try? await outbound.write(buffer)
                try? await flushed(channel)
            }
            group.addTask {
                // Cancelled when the write finished first.
                guard (try? await Task.sleep(for: deadline)) != nil else { return }
                channel.close(promise: nil)
            }
            await group.next()
            group.cancelAll()
        }
    }
}
