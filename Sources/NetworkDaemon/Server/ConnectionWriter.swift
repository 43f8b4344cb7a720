import NIOCore

/// Writes a connection's answers: each buffer is written and flushed as it is given, and a
/// write returns only once the channel can take more, so a client that does not read holds its
/// own task, never the daemon's memory.
///
/// Safe to use from several tasks at once (`audit.watch` streams while its connection reads
/// on): each buffer goes out whole, so lines never interleave.
struct ConnectionWriter: Sendable {
    let channel: any Channel
    let inbox: ConnectionInbox

    /// Writes and flushes `buffer`, then waits while the channel is not writable.
    ///
    /// Throws `ChannelError.ioOnClosedChannel` once the channel has closed (before writing, or
    /// while waiting), and `CancellationError` when the task is cancelled while it waits.
    func write(_ buffer: ByteBuffer) async throws {
        try inbox.checkOpen()
        channel.writeAndFlush(buffer, promise: nil)
        if !channel.isWritable { try await inbox.writable() }
    }

    /// Writes `bytes` as one buffer.
    func write(_ bytes: some Collection<UInt8>) async throws {
        var buffer = channel.allocator.buffer(capacity: bytes.count)
        buffer.writeBytes(bytes)
        try await write(buffer)
    }
}
