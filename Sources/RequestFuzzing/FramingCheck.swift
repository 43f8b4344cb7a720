import NIOCore
import NIOEmbedded
import NetworkDaemon

/// Line framing: the daemon's decoder, fed the input in arbitrary chunks, emits exactly the
/// frames a plain reference split of the whole input gives.
///
/// The reference, which is the contract `LineFrameDecoder` documents:
/// - the stream splits at every `\n`; a `\r` right before it is dropped;
/// - a line longer than the limit (counted before the `\r` is dropped), or an unterminated tail
///   longer than the limit, yields one `tooLong` and nothing after it;
/// - at end of input a non-empty unterminated tail is a line as it is.
enum FramingCheck {
    /// One expected or observed frame, comparable.
    enum Frame: Hashable, CustomStringConvertible {
        case line([UInt8])
        case tooLong(limit: Int)

        var description: String {
            switch self {
            case .line(let bytes): "line(\(bytes.count) bytes: \(shortened(String(decoding: bytes, as: UTF8.self), limit: 60)))"
            case .tooLong(let limit): "tooLong(\(limit))"
            }
        }
    }

    /// The frames of `input` by the reference split.
    static func referenceFrames(_ input: [UInt8], maximumLength: Int) -> [Frame] {
        var frames: [Frame] = []
        var start = 0
        while let newline = input[start...].firstIndex(of: UInt8(ascii: "\n")) {
            var line = Array(input[start..<newline])
            if line.count > maximumLength { return frames + [.tooLong(limit: maximumLength)] }
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            frames.append(.line(line))
            start = newline + 1
        }
        let tail = input.count - start
        if tail > maximumLength { return frames + [.tooLong(limit: maximumLength)] }
        if tail > 0 { frames.append(.line(Array(input[start...]))) }
        return frames
    }

    /// The frames the daemon's decoder emits for `input` delivered as `chunks` (which must
    /// concatenate to the input), then end of input.
    static func decoderFrames(_ chunks: [ArraySlice<UInt8>], maximumLength: Int) throws -> [Frame] {
        let collector = FrameCollector()
        let channel = EmbeddedChannel(handlers: [RequestFraming.makeHandler(maximumLength: maximumLength), collector])
        for chunk in chunks {
            try channel.writeInbound(channel.allocator.buffer(bytes: chunk))
        }
        _ = try channel.finish(acceptAlreadyClosed: true)
        return collector.frames
    }

    /// Splits `input` into chunks whose sizes follow a generator seeded by the input itself, so
    /// a given input always splits the same way and different inputs split differently.
    static func chunks(of input: [UInt8]) -> [ArraySlice<UInt8>] {
        var generator = SplitMix64(seed: fnv1a(input))
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        while start < input.count {
            let roll = generator.next()
            // Mostly small chunks (1…16 bytes), sometimes up to 1 KiB, to split at every place.
            let size = roll & 3 == 0 ? Int((roll >> 8) % 1024) + 1 : Int((roll >> 8) % 16) + 1
            let end = min(input.count, start + size)
            result.append(input[start..<end])
            start = end
        }
        return result
    }

    /// Checks one limit: decoder frames == reference frames.
    static func check(_ input: [UInt8], maximumLength: Int, into log: inout ViolationLog) -> [Frame] {
        let expected = referenceFrames(input, maximumLength: maximumLength)
        let observed: [Frame]
        do {
            observed = try decoderFrames(chunks(of: input), maximumLength: maximumLength)
        } catch {
            log.record("framing.noThrow", "the channel threw \(shortened(error)) at limit \(maximumLength)")
            return expected
        }
        log.expect(observed == expected, "framing.matchesReference",
                   "limit \(maximumLength): decoder \(shortened(observed)) but reference \(shortened(expected))")
        return expected
    }

    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}

/// Keeps every frame that reaches the end of the pipeline.
private final class FrameCollector: ChannelInboundHandler {
    typealias InboundIn = RequestFrame
    var frames: [FramingCheck.Frame] = []

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .line(let buffer): frames.append(.line(Array(buffer.readableBytesView)))
        case .tooLong(let limit): frames.append(.tooLong(limit: limit))
        }
    }
}

/// A small deterministic generator (SplitMix64), so chunking never depends on a clock.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
