import AdminProtocol
import NetworkCore
import MembershipTestSupport
import NetworkTestSupport
import Testing

/// Erasure redacts by identity, not by text: exactly the erased contact's values, at the places
/// where that contact's data is recorded, and not one byte of anybody else's records.
@Suite("Erasure touches only the erased person", .freshDatabase)
struct ErasureIsolationTests {
    /// Two members; contact A of the first and contact B of the second share a job title, a
    /// surname and phone digits; A's phone is a single digit that occurs in every timestamp.
    struct Scenario {
        var first: MemberWire
        var second: MemberWire
        var a: ContactWire
        var b: ContactWire
    }

    static let sharedTitle = "Head of Finance"

    static func scenario(_ root: ContactSocket) async throws -> Scenario {
        let first = try await root.call(MemberCreate.self, .init(
            name: "Load Leeds 1", kind: "metropolitan_borough", tier: "full", nation: .england, population: 811_000, budgetRevenue: 51_000_000_00, budgetCapital: 9_000_000_00,
            idempotencyKey: "first-member"))
        let second = try await root.call(MemberCreate.self, .init(
            name: "Smithfield Borough Council", kind: "district", tier: "full", nation: .england, population: 95_000, budgetRevenue: 12_000_000_00, budgetCapital: 1_000_000_00,
            idempotencyKey: "second-member"))
        let a = try await root.call(ContactAdd.self, .init(
            memberId: first.id, name: "Ann Smith", email: "ann.smith@leeds.example", phone: "1", jobTitle: sharedTitle,
            roles: [.finance], primaryRoles: [.finance], idempotencyKey: "a-add"))
        let b = try await root.call(ContactAdd.self, .init(
            memberId: second.id, name: "Bea Smith", email: "bea.smith@smithfield.example", phone: "0113 496 0001",
            jobTitle: sharedTitle, roles: [.finance], primaryRoles: [.finance], idempotencyKey: "b-add"))
        // A's record changes once (earlier values must go too); B's once, keyed.
        _ = try await root.call(ContactUpdate.self, .init(id: a.id, name: "Ann Smith-Jones", expectedVersion: a.version))
        _ = try await root.call(ContactUpdate.self, .init(id: b.id, phone: "0113 496 0011", idempotencyKey: "b-phone"))
        return Scenario(first: first, second: second, a: a, b: b)
    }

    /// Each audit row as the server prints it, by id.
    static func auditRows() async throws -> [Int64: String] {
        try await rows("SELECT id, a::text FROM audit_log a ORDER BY id")
    }

    /// Each stored idempotent request and response, by "actor key".
    static func idempotencyRows() async throws -> [String: String] {
        try await keyedRows("SELECT actor || ' ' || key, k::text FROM idempotency_keys k ORDER BY 1")
    }

    /// psql's `key|text` lines as a dictionary, keyed by id.
    private static func rows(_ sql: String) async throws -> [Int64: String] {
        Dictionary(uniqueKeysWithValues: try await keyedRows(sql).compactMap { key, text in Int64(key).map { ($0, text) } })
    }

    /// psql's `key|text` lines as a dictionary (the text may itself contain `|`).
    private static func keyedRows(_ sql: String) async throws -> [String: String] {
        var rows: [String: String] = [:]
        for line in try await ContactKit.psql(sql).split(separator: "\n") {
            let parts = line.split(separator: "|", maxSplits: 1).map(String.init)
            if parts.count == 2 { rows[parts[0]] = parts[1] }
        }
        return rows
    }

    @Test func erasingOneContactLeavesEveryOtherRecordByteIdentical() async throws {
        try await ContactKit.withDaemon { daemon in
            let root = try ContactSocket(daemon)
            let s = try await Self.scenario(root)
            let auditBefore = try await Self.auditRows()
            let keysBefore = try await Self.idempotencyRows()
            let aboutA = Set(try await Self.rows("SELECT id, target FROM audit_log WHERE target = 'contact:\(s.a.id)'").keys)
            #expect(aboutA.count == 2, "A's add and A's rename")

            _ = try await root.call(ContactErase.self, .init(id: s.a.id))

            let auditAfter = try await Self.auditRows()
            #expect(auditAfter.count == auditBefore.count + 1, "one row added: the erasure's own")
            for (id, row) in auditBefore where !aboutA.contains(id) {
                #expect(auditAfter[id] == row, "audit row \(id) is not about A and must not change")
            }
            let imagesOfA = try await Self.rows(
                "SELECT id, concat_ws(' ', target, before::text, after::text) FROM audit_log WHERE target = 'contact:\(s.a.id)'")
            #expect(imagesOfA.count == 3, "A's add, A's rename, and the erasure's own row")
            for id in aboutA {
                let row = try #require(imagesOfA[id])
                #expect(!row.contains("Ann Smith"), "A's names are gone from \(row)")
                #expect(!row.contains("ann.smith@leeds.example"))
                #expect(!row.contains(Self.sharedTitle), "A's job title is gone from A's own rows")
                #expect(!row.contains(#""phone": "1""#))
                #expect(row.contains(#""phone": "[erased]""#), "the field is kept, its value redacted")
                #expect(row.contains("contact:\(s.a.id)"), "who did what to which target is kept")
            }
            let keysAfter = try await Self.idempotencyRows()
            #expect(keysAfter.keys.sorted() == keysBefore.keys.sorted(), "no stored response is deleted")
            for (key, row) in keysBefore where key != "uid:0(root) a-add" {
                #expect(keysAfter[key] == row, "idempotency row \(key) is not about A and must not change")
            }
            let aKey = try #require(keysAfter["uid:0(root) a-add"])
            #expect(!aKey.contains("Ann Smith") && !aKey.contains("ann.smith@") && !aKey.contains(Self.sharedTitle))

            // A's values are nowhere; B's record, which shares a title, a surname and digits, is intact.
            for value in ["Ann Smith", "ann.smith@leeds.example", "Smith-Jones"] {
                #expect(try await ContactKit.placesHolding(value) == [], "\(value) is gone from every table")
            }
            #expect(try await root.call(ContactList.self, .init(memberId: s.second.id)).contacts.first?.jobTitle == Self.sharedTitle)
            #expect(try await root.call(MemberGet.self, .init(id: s.first.id)).name == "Load Leeds 1")
        }
    }

    @Test func retriesAfterAnErasureAnswerAsTheFirstCallDidRedacted() async throws {
        try await ContactKit.withDaemon { daemon in
            let root = try ContactSocket(daemon)
            let s = try await Self.scenario(root)
            _ = try await root.call(ContactErase.self, .init(id: s.a.id))

            // B's keyed calls replay exactly as before.
            let bRetry = try await root.call(ContactAdd.self, .init(
                memberId: s.second.id, name: "Bea Smith", email: "bea.smith@smithfield.example", phone: "0113 496 0001",
                jobTitle: Self.sharedTitle, roles: [.finance], primaryRoles: [.finance], idempotencyKey: "b-add"))
            #expect(bRetry == s.b)
            // A's keyed add replays its first answer, redacted; it does not run again.
            let aRetry = try await root.call(ContactAdd.self, .init(
                memberId: s.first.id, name: "Ann Smith", email: "ann.smith@leeds.example", phone: "1", jobTitle: Self.sharedTitle,
                roles: [.finance], primaryRoles: [.finance], idempotencyKey: "a-add"))
            #expect(aRetry.id == s.a.id)
            #expect(aRetry.name == "[erased]" && aRetry.email == "[erased]" && aRetry.phone == "[erased]" && aRetry.jobTitle == "[erased]")
            #expect(try await root.call(ContactList.self, .init(memberId: s.first.id)).contacts.isEmpty, "not added again")
            // The key still guards what is not personal data: other params are a conflict.
            let other = try await root.failure(ContactAdd.self, .init(
                memberId: s.first.id, name: "Ann Smith", email: "ann.smith@leeds.example", roles: [.events], idempotencyKey: "a-add"))
            #expect(other.kind == "conflict")
        }
    }

    @Test func erasureReachesTheContactsEntryInsideARowAboutItsMember() async throws {
        try await ContactKit.withDaemon { daemon in
            let root = try ContactSocket(daemon)
            let s = try await Self.scenario(root)
            // A row about the member that embeds its contacts (as a later area's snapshot may).
            let embedded = """
                {"id": \(s.first.id), "name": "Load Leeds 1", "contacts": [
                  {"id": \(s.a.id), "name": "Ann Smith", "email": "ann.smith@leeds.example", "phone": "1", "jobTitle": "Head of Finance"},
                  {"id": \(s.b.id), "name": "Bea Smith", "email": "bea.smith@smithfield.example", "phone": "0113 496 0011", "jobTitle": "Head of Finance"}]}
                """
            try await ContactKit.psql("""
                INSERT INTO audit_log (request_id, actor, actor_role, method, target, before, after)
                VALUES ('embedded', 'uid:0(root)', 'operator', 'member.update', 'member:\(s.first.id)', NULL, '\(embedded)'::jsonb)
                """)
            _ = try await root.call(ContactErase.self, .init(id: s.a.id))
            let after = try await ContactKit.psql("SELECT after::text FROM audit_log WHERE request_id = 'embedded'")
            #expect(after.contains(#"{"id": \#(s.a.id), "name": "[erased]", "email": "[erased]", "phone": "[erased]", "jobTitle": "[erased]"}"#))
            #expect(after.contains(#""name": "Bea Smith""#) && after.contains(#""phone": "0113 496 0011""#), "B's entry is untouched")
            #expect(after.contains(#""name": "Load Leeds 1""#), "the member's own name is untouched")
        }
    }
}
