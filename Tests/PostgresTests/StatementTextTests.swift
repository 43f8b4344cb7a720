@testable import Postgres
import NetworkTestSupport
import Testing

/// The statement cache's key (`StatementText`): a text is the same statement only when its
/// bytes are, and its word-at-a-time hash keeps every text apart from its neighbours.
@Suite("Statement texts as cache keys")
struct StatementTextTests {
    /// Texts of every length up to 40 bytes, and each with one byte changed at every position:
    /// all distinct keys, each found again under its own name, none under another's.
    @Test func everyTextIsFoundUnderItsOwnNameOnly() {
        var cache = StatementCache()
        var texts: [String] = []
        for length in 0...40 {
            let base = String(repeating: "s", count: length)
            texts.append(base)
            for position in 0..<length {
                var bytes = Array(base.utf8)
                bytes[position] = UInt8(ascii: "t")
                texts.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        #expect(Set(texts).count == texts.count)
        for text in texts.prefix(StatementCache.limit) {
            cache.remember(text, as: cache.nameToPrepare()!)
        }
        var seen = Set<String>()
        for text in texts.prefix(StatementCache.limit) {
            let name = cache.name(for: text)
            #expect(name != nil, "\(text.utf8.count) bytes")
            seen.insert(name ?? "")
            // The same bytes in a string built another way are the same key.
            #expect(cache.name(for: String(decoding: Array(text.utf8), as: UTF8.self)) == name)
        }
        #expect(seen.count == min(texts.count, StatementCache.limit))
        #expect(cache.name(for: "u") == nil)
    }

    /// `String` calls "é" and "e" + U+0301 equal; the server sees different bytes, so they are
    /// different statements.
    @Test func canonicallyEquivalentTextsAreDifferentKeys() {
        let composed = "SELECT 'caf\u{E9}'"
        let decomposed = "SELECT 'cafe\u{301}'"
        #expect(composed == decomposed)
        #expect(StatementText(composed) != StatementText(decomposed))
        #expect(StatementText(composed) == StatementText(String(decoding: Array(composed.utf8), as: UTF8.self)))
        #expect(StatementText(composed).digest == StatementText(String(decoding: Array(composed.utf8), as: UTF8.self)).digest)
    }

    /// Against the server: each of the two texts runs as written, its own bytes back, though
    /// `String` would have taken the second for the first's prepared statement.
    @Test func canonicallyEquivalentStatementsEachRunAsWritten() async throws {
        try await ScratchDatabase.with(poolSize: 1) { db in
            let (composed, decomposed, prepared) = try await db.pool.withConnection { connection in
                let composed = try connection.query("SELECT 'caf\u{E9}'::text AS v").first?["v"]
                let decomposed = try connection.query("SELECT 'cafe\u{301}'::text AS v").first?["v"]
                // Run each again: by now both are prepared, each under its own name.
                _ = try connection.query("SELECT 'caf\u{E9}'::text AS v")
                let again = try connection.query("SELECT 'cafe\u{301}'::text AS v").first?["v"]
                let prepared = try connection.query("SELECT count(*) AS n FROM pg_prepared_statements WHERE statement LIKE 'SELECT ''caf%'")
                    .first?["n"]
                #expect(again.map { Array($0.utf8) } == decomposed.map { Array($0.utf8) })
                return (composed, decomposed, prepared)
            }
            #expect(composed.map { Array($0.utf8) } == Array("caf\u{E9}".utf8))
            #expect(decomposed.map { Array($0.utf8) } == [99, 97, 102, 101, 0xCC, 0x81])
            #expect(prepared == "2")
        }
    }
}
