import AdminProtocol
import Foundation
@testable import RequestFuzzing
import Testing

/// The fuzz target's invariants over the committed seed corpus and hand-picked edge cases, so
/// the regular suite exercises what `deploy/test --fuzz` explores, and the reference the
/// framing is compared with is itself checked against the decoder's contract.
///
/// `Corpus/` holds the request lines the dispatcher received during a run of the daemon,
/// membership and end-to-end suites (950 distinct lines up to 16 KiB), reduced with libFuzzer's
/// `-merge=1` to the 246 that keep all their coverage. `request-path.dict` lists JSON-RPC
/// tokens and rpc.discover's method, parameter and enum names for the fuzzer's mutations.
@Suite("request path fuzzing")
struct RequestPathFuzzingTests {
    static var corpusDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")
    }

    static func corpusFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: corpusDirectory, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") && $0.pathExtension != "md" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Replays the corpus on a thread of its own: it takes a minute on a loaded machine, and on
    /// the cooperative pool (two threads here) it would hold up every other test's awaits.
    @Test func everySeedInputKeepsEveryInvariant() async throws {
        let files = try Self.corpusFiles()
        #expect(files.count >= 100, "the seed corpus holds \(files.count) inputs")
        let violations = try await Self.onOwnThread {
            try files.map { file in (file.lastPathComponent, RequestPathFuzzer.check([UInt8](try Data(contentsOf: file)))) }
        }
        for (name, found) in violations {
            #expect(found.isEmpty, "\(name): \(found)")
        }
    }

    /// Runs `work` on a new thread and awaits it, keeping the cooperative pool free.
    static func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }

    /// Inputs at the edges of each layer, and every input a fuzzing run has reported.
    static let edgeInputs: [String] = [
        "",
        "\n\n\r\n",
        "{\"jsonrpc\":\"2.0\",\"method\":\"daemon.status\",\"id\":1}\r\n{\"jsonrpc\":\"2.0\",\"method\":\"rpc.discover\"}",
        "[]", "[1]", "[{}]", "{}", "null", " 7 ", "-0", "0.7e1", "1e400", "-9223372036854775808", "9223372036854775808",
        "123456789012345678901234567890e-10", "1.5", "[\"\\ud83d\\ude00\", \"\\u0000\", \"é\"]",
        "\"\\ud800\"", "{\"a\":1,\"a\":2}", String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
        "{\"jsonrpc\":\"2.0\",\"method\":\"member.get\",\"params\":{\"id\":1.0},\"id\":\"x\"}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"member.get\",\"params\":{\"id\":2.4e23},\"id\":null}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"member.create\",\"params\":{\"name\":\"A\",\"nation\":\"mars\"},\"id\":[1]}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"no.such\",\"params\":[],\"id\":1,\"extra\":true}",
        "[{\"jsonrpc\":\"2.0\",\"method\":\"daemon.status\",\"id\":1},5,{\"jsonrpc\":\"1.0\",\"method\":\"x\",\"id\":2}]",
    ]

    @Test(arguments: edgeInputs)
    func edgeInputKeepsEveryInvariant(_ input: String) {
        let violations = RequestPathFuzzer.check(Array(input.utf8))
        #expect(violations.isEmpty, "\(violations)")
    }

    @Test func referenceSplitFollowsTheDecoderContract() {
        func frames(_ text: String, limit: Int) -> [FramingCheck.Frame] {
            FramingCheck.referenceFrames(Array(text.utf8), maximumLength: limit)
        }
        #expect(frames("a\r\nb\n\nc", limit: 10) == [.line(Array("a".utf8)), .line(Array("b".utf8)), .line([]), .line(Array("c".utf8))])
        #expect(frames("abc\n", limit: 3) == [.line(Array("abc".utf8))])
        // The limit counts the line before its `\r` is dropped; nothing follows an overlong line.
        #expect(frames("abc\r\nd\n", limit: 3) == [.tooLong(limit: 3)])
        #expect(frames("ab\nabcd", limit: 3) == [.line(Array("ab".utf8)), .tooLong(limit: 3)])
    }

    @Test func decoderAgreesWithTheReferenceWhateverTheChunking() throws {
        let input = Array("{\"jsonrpc\":\"2.0\"}\r\n\n12345678\nend".utf8)
        for size in 1...input.count {
            let chunks = stride(from: 0, to: input.count, by: size).map { input[$0..<min(input.count, $0 + size)] }
            for limit in [4, 8, 9, 100] {
                #expect(try FramingCheck.decoderFrames(chunks, maximumLength: limit)
                        == FramingCheck.referenceFrames(input, maximumLength: limit), "chunks of \(size), limit \(limit)")
            }
        }
    }

    @Test func chunkingCoversTheWholeInputInOrder() {
        let input = (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let chunks = FramingCheck.chunks(of: input)
        #expect(Array(chunks.joined()) == input)
        #expect(chunks.count > 10)
    }
}
