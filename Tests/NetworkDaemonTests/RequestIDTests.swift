@testable import NetworkDaemon
import Testing

/// Request ids are 16 lowercase hex digits and never repeat within a process, from any thread.
@Suite("Request ids")
struct RequestIDTests {
    @Test func idsAreSixteenHexDigitsAndDistinctAcrossThreads() async {
        let ids = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<4 {
                group.addTask { (0..<25_000).map { _ in RequestDispatcher.makeRequestID() } }
            }
            return await group.reduce(into: [String]()) { $0 += $1 }
        }
        #expect(ids.count == 100_000)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.utf8.count == 16 && $0.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) } })
        // Scrambled, not a visible counter: consecutive ids share no long prefix.
        let prefixes = Set(ids.prefix(1_000).map { $0.prefix(4) })
        #expect(prefixes.count > 900)
    }
}
