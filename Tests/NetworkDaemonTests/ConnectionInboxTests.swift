import NIOCore
import NIOEmbedded
@testable import NetworkDaemon
import Synchronization
import Testing

/// The admin connection's inbox, as a script: lines in order, the read held back at the high
/// watermark and released below the low one, every way the lines end, cancellation, and the
/// writer's wait for writability and failure on close.
@Suite struct ConnectionInboxTests {
    /// Counts the `read` calls that reach it from the inbox (the socket reads NIO would do).
    final class ReadCounter: ChannelOutboundHandler, Sendable {
        typealias OutboundIn = ByteBuffer
        private let count = Atomic(0)
        var reads: Int { count.load(ordering: .relaxed) }
        func read(context: ChannelHandlerContext) {
            count.add(1, ordering: .relaxed)
            context.read()
        }
    }

    struct Rig {
        let channel: NIOAsyncTestingChannel
        let inbox: ConnectionInbox
        let counter: ReadCounter

        init(low: Int, high: Int) async throws {
            channel = NIOAsyncTestingChannel()
            inbox = ConnectionInbox(channel: channel, lowWatermark: low, highWatermark: high)
            counter = ReadCounter()
            try await channel.pipeline.addHandlers([counter, inbox])
        }

        func send(_ text: String) async throws {
            try await channel.writeInbound(RequestFrame.line(ByteBuffer(string: text)))
        }

        /// The next line's text; fails on anything else.
        func nextText() async throws -> String? {
            switch try await inbox.next() {
            case .line(let buffer): String(buffer: buffer)
            case .tooLong(let limit): "tooLong \(limit)"
            case nil: nil
            }
        }

        /// Asks for a socket read as NIO does after each read, and lets the loop run it.
        func read() async {
            channel.read()
            await channel.testingEventLoop.run()
        }

        /// The read calls that reached the counter, once the loop has run what was queued.
        func reads() async -> Int {
            await channel.testingEventLoop.run()
            return counter.reads
        }

        func waitForReader() async throws {
            while !inbox.hasWaitingReader { try await Task.sleep(for: .milliseconds(1)) }
        }
    }

    @Test func linesComeInOrderAndTheReadIsHeldAtTheHighWatermark() async throws {
        let rig = try await Rig(low: 2, high: 3)
        await rig.read()
        #expect(await rig.reads() == 1, "nothing waits: the read goes through")
        for index in 1...3 { try await rig.send("line \(index)") }
        await rig.read()
        #expect(await rig.reads() == 1, "three wait (the high watermark): the read is held")
        #expect(try await rig.nextText() == "line 1")
        #expect(await rig.reads() == 1, "two still wait: not below the low watermark")
        #expect(try await rig.nextText() == "line 2")
        #expect(await rig.reads() == 2, "one waits, below the low watermark: the held read is released")
        #expect(try await rig.nextText() == "line 3")
        #expect(await rig.reads() == 2, "no read was held: nothing more to release")
        await rig.read()
        #expect(await rig.reads() == 3)
    }

    @Test func aLineForAWaitingTaskIsHandedStraightToIt() async throws {
        let rig = try await Rig(low: 1, high: 1)
        let reader = Task { try await rig.nextText() }
        try await rig.waitForReader()
        try await rig.send("{\"id\":1}")
        #expect(try await reader.value == "{\"id\":1}")
        await rig.read()
        #expect(await rig.reads() == 1, "the line handed over never waited, so nothing holds the read")
        try await rig.channel.close()
    }

    @Test func halfClosureEndsTheLinesAfterThoseAlreadyRead() async throws {
        let rig = try await Rig(low: 1, high: 4)
        try await rig.send("a")
        try await rig.send("b")
        rig.channel.pipeline.fireUserInboundEventTriggered(ChannelEvent.inputClosed)
        #expect(try await rig.nextText() == "a")
        #expect(try await rig.nextText() == "b")
        #expect(try await rig.nextText() == nil)
        #expect(try await rig.nextText() == nil, "the end stays the end")
        try await rig.send("late")
        #expect(try await rig.nextText() == "late", "a line after the end is still handed out")
        #expect(try await rig.nextText() == nil)
    }

    @Test func closingWakesAWaitingTaskWithTheEnd() async throws {
        let rig = try await Rig(low: 1, high: 4)
        let reader = Task { try await rig.nextText() }
        try await rig.waitForReader()
        try await rig.channel.close()
        #expect(try await reader.value == nil)
    }

    struct Broken: Error, Equatable {}

    @Test func anErrorIsThrownOnceAfterTheLinesReadBeforeIt() async throws {
        let rig = try await Rig(low: 1, high: 4)
        try await rig.send("before")
        rig.channel.pipeline.fireErrorCaught(Broken())
        #expect(try await rig.nextText() == "before")
        await #expect(throws: Broken.self) { try await rig.nextText() }
        #expect(try await rig.nextText() == nil)
        try await rig.channel.close()
    }

    @Test func aWaitingTaskThatIsCancelledThrowsAndGetsNoLine() async throws {
        let rig = try await Rig(low: 1, high: 4)
        let reader = Task { try await rig.nextText() }
        try await rig.waitForReader()
        reader.cancel()
        await #expect(throws: CancellationError.self) { try await reader.value }
        #expect(!rig.inbox.hasWaitingReader)
        try await rig.send("kept")
        #expect(try await rig.nextText() == "kept", "the line after the cancellation is not lost")
        try await rig.channel.close()
    }

    @Test func aWriteWaitsWhileTheChannelIsNotWritable() async throws {
        let rig = try await Rig(low: 1, high: 4)
        let writer = ConnectionWriter(channel: rig.channel, inbox: rig.inbox)
        try await writer.write(Array("one\n".utf8))
        #expect(try await rig.channel.readOutbound(as: ByteBuffer.self) == ByteBuffer(string: "one\n"))

        rig.channel.isWritable = false
        let second = Task { try await writer.write(Array("two\n".utf8)) }
        while rig.inbox.waitingWriters == 0 { try await Task.sleep(for: .milliseconds(1)) }
        #expect(try await rig.channel.readOutbound(as: ByteBuffer.self) == ByteBuffer(string: "two\n"),
                "the buffer is written at once; only the next write waits")
        rig.channel.pipeline.fireChannelWritabilityChanged()
        #expect(rig.inbox.waitingWriters == 1, "still not writable: it waits on")
        rig.channel.isWritable = true
        rig.channel.pipeline.fireChannelWritabilityChanged()
        try await second.value
        #expect(rig.inbox.waitingWriters == 0)
        try await rig.channel.close()
    }

    @Test func aClosedChannelFailsWaitingAndLaterWrites() async throws {
        let rig = try await Rig(low: 1, high: 4)
        let writer = ConnectionWriter(channel: rig.channel, inbox: rig.inbox)
        rig.channel.isWritable = false
        let waiting = Task { try await writer.write(Array("stuck\n".utf8)) }
        while rig.inbox.waitingWriters == 0 { try await Task.sleep(for: .milliseconds(1)) }
        let cancelled = Task { try await writer.write(Array("cancelled\n".utf8)) }
        while rig.inbox.waitingWriters < 2 { try await Task.sleep(for: .milliseconds(1)) }
        cancelled.cancel()
        await #expect(throws: CancellationError.self) { try await cancelled.value }
        try await rig.channel.close()
        await #expect(throws: ChannelError.ioOnClosedChannel) { try await waiting.value }
        await #expect(throws: ChannelError.ioOnClosedChannel) { try await writer.write(Array("after\n".utf8)) }
    }
}
