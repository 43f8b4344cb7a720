import AdminProtocol
import NetworkCore
import MembershipTestSupport
import NetworkTestSupport
import Testing

/// UK GDPR: `contact.export` (everything held about one person) and `contact.erase` (nothing
/// left behind, the audit trail complete but anonymised, the member's history intact).
@Suite("Contact export and erasure", .freshDatabase)
struct ErasureTests {
    /// The person to erase: values distinctive enough that any hit is really theirs.
    static let name = "Philippa Quartermaine-Erasmus"
    static let email = "p.quartermaine@erasure-test.example"
    static let phone = "01632 960471"
    static let jobTitle = "Cabinet Member for Zymurgy"
    static let updatedName = "Philippa Q. Erasmus"

    /// A member with history, the person (added, renamed, given a token, acting through it,
    /// re-added with an idempotency key elsewhere) and a bystander contact.
    static func scenario(_ daemon: InProcessDaemon, _ root: ContactSocket) async throws
        -> (member: Int64, person: ContactWire, bystander: ContactWire, token: TokenIssue.Result) {
        let member = try await ContactKit.insertMember("Testshire")
        try await ContactKit.psql("""
            INSERT INTO member_status_change (member_id, from_status, to_status, actor, reason) VALUES (\(member), NULL, 'active', 'uid:0(root)', 'direct entry');
            UPDATE member SET status = 'suspended' WHERE id = \(member);
            INSERT INTO member_status_change (member_id, from_status, to_status, actor, reason) VALUES (\(member), 'active', 'suspended', 'uid:0(root)', 'unpaid');
            UPDATE member SET status = 'active' WHERE id = \(member);
            INSERT INTO member_status_change (member_id, from_status, to_status, actor, reason) VALUES (\(member), 'suspended', 'active', 'uid:0(root)', 'paid');
            """)
        let added = try await root.call(ContactAdd.self, .init(
            memberId: member, name: name, email: email, phone: phone, jobTitle: jobTitle,
            roles: [.leadMember, .finance], primaryRoles: [.finance], idempotencyKey: "add-person"))
        let bystander = try await root.call(ContactAdd.self, .init(memberId: member, name: "Bystander Bob", email: "bob@testshire.example",
                                                                  roles: [.events]))
        _ = try await root.call(ContactUpdate.self, .init(id: added.id, name: updatedName, expectedVersion: 1))
        let token = try await root.call(TokenIssue.self, .init(contactId: added.id))
        let session = try ContactSocket(daemon)
        _ = try await session.call(SessionAuthenticate.self, .init(token: token.secret))
        // The person acts: makes the bystander primary for events, with a key of their own.
        _ = try await session.call(ContactUpdate.self, .init(id: bystander.id, primaryRoles: [.events], idempotencyKey: "mine"))
        // The person's own copy of their data, as a result stored for a keyed retry.
        _ = try await session.call(ContactUpdate.self, .init(id: added.id, phone: phone, idempotencyKey: "phone"))
        let person = try #require(try await root.call(ContactList.self, .init(memberId: member)).contacts.first { $0.id == added.id })
        return (member, person, bystander, token)
    }

    @Test func exportHoldsTheContactItsMemberItsTokensAndEveryAuditEntryAboutIt() async throws {
        try await ContactKit.withDaemon { daemon in
            let root = try ContactSocket(daemon)
            let (_, person, bystander, token) = try await Self.scenario(daemon, root)
            _ = try await root.call(TokenRevoke.self, .init(id: token.token.id))
            let export = try await root.call(ContactExport.self, .init(id: person.id))
            #expect(export.contact == person)
            #expect(export.contact.name == Self.updatedName)
            #expect(export.memberName == "Testshire")
            #expect(export.tokens.map(\.id) == [token.token.id])
            #expect(export.tokens.first?.revokedAt != nil, "revoked tokens are part of what is held")
            #expect(!export.exportedAt.isEmpty)
            let entries = export.auditEntries.map { "\($0.method) \($0.target ?? "")" }
            #expect(entries == [
                "contact.add contact:\(person.id)", "contact.update contact:\(person.id)", "token.issue token:\(token.token.id)",
                "contact.update contact:\(bystander.id)", "contact.update contact:\(person.id)", "token.revoke token:\(token.token.id)",
            ])
            #expect(export.auditEntries[3].actor.hasSuffix("/contact:\(person.id)"), "what the person did through a token")
            let text = String(decoding: try JSONCoding.encode(try JSONCoding.value(of: export)), as: UTF8.self)
            #expect(!text.contains(token.secret))
            #expect(!text.contains("Bystander Bob\",\"phone"), "the bystander's record is not exported as such")
            #expect(try await root.failure(ContactExport.self, .init(id: 999)).kind == "not_found")
        }
    }

    @Test func erasureLeavesNoPersonalDataInAnyTableAndKeepsTheTrailAndHistory() async throws {
        try await ContactKit.withDaemon { daemon in
            let root = try ContactSocket(daemon)
            let (member, person, bystander, token) = try await Self.scenario(daemon, root)
            let values = [Self.name, Self.updatedName, Self.email, Self.phone, Self.jobTitle]
            for value in values {
                #expect(try await !ContactKit.placesHolding(value).isEmpty, "the scenario stores \(value) somewhere")
            }
            #expect(try await ContactKit.placesHolding(Self.email).contains("idempotency_keys.response"))
            let memberBefore = try await ContactKit.psql("SELECT m::text FROM member m")
            let historyBefore = try await ContactKit.psql("SELECT string_agg(h::text, E'\\n' ORDER BY id) FROM member_status_change h")
            let auditBefore = try await ContactKit.count("audit_log")
            let shapeBefore = try await ContactKit.psql("SELECT string_agg(concat_ws('|', id, at, request_id, actor, actor_role, method, target), E'\\n' ORDER BY id) FROM audit_log")
            let pattern = values.map { "before::text LIKE '%\($0)%' OR after::text LIKE '%\($0)%'" }.joined(separator: " OR ")
            let holding = try await ContactKit.count("audit_log", pattern)

            let erased = try await root.call(ContactErase.self, .init(id: person.id, expectedVersion: person.version))
            #expect(erased.erased)
            #expect(erased.auditEntriesAnonymised == holding)
            #expect(holding == 3, "contact.add, the rename, and the person's own update of themselves")

            for value in values {
                #expect(try await ContactKit.placesHolding(value) == [], "\(value) is gone from every table")
            }
            #expect(try await ContactKit.placesHolding("Quartermaine") == [])
            #expect(try await ContactKit.count("audit_log") == auditBefore + 1, "no audit row removed; one added for the erasure")
            #expect(try await ContactKit.psql("SELECT string_agg(concat_ws('|', id, at, request_id, actor, actor_role, method, target), E'\\n' ORDER BY id) FROM audit_log WHERE id <= (SELECT max(id) - 1 FROM audit_log)")
                == shapeBefore, "who did what to which target, and when, is unchanged")
            #expect(try await ContactKit.psql("SELECT target || '|' || after::text || '|' || (before IS NULL) FROM audit_log ORDER BY id DESC LIMIT 1")
                == "contact:\(person.id)|{\"erased\": true, \"memberId\": \(member), \"tokensDeleted\": 1, \"auditEntriesAnonymised\": \(holding)}|true")
            #expect(try await ContactKit.count("audit_log", "after::text LIKE '%[erased]%' OR before::text LIKE '%[erased]%'") == holding)
            #expect(try await ContactKit.psql("SELECT m::text FROM member m") == memberBefore, "the member is untouched")
            #expect(try await ContactKit.psql("SELECT string_agg(h::text, E'\\n' ORDER BY id) FROM member_status_change h") == historyBefore,
                    "the member's history is intact")
            #expect(try await ContactKit.count("member_token") == 0)
            #expect(try await ContactKit.count("contact_role", "contact_id = \(person.id)") == 0)
            #expect(try await root.call(ContactList.self, .init(memberId: member)).contacts.map(\.id) == [bystander.id])
            #expect(try await root.call(ContactExport.self, .init(id: bystander.id)).contact.name == "Bystander Bob", "bystanders keep their data")
            #expect(try await root.failure(ContactErase.self, .init(id: person.id)).kind == "not_found")
            #expect(try await root.failure(ContactExport.self, .init(id: person.id)).kind == "not_found")
            // The token died with the contact.
            let login = try ContactSocket(daemon)
            #expect(try await login.failure(SessionAuthenticate.self, .init(token: token.secret)).message == "invalid or expired token")

            // The trail is still append-only for everyone else.
            await #expect(throws: (any Error).self) { try await ContactKit.psql("UPDATE audit_log SET actor = actor") }
            await #expect(throws: (any Error).self) { try await ContactKit.psql("DELETE FROM audit_log") }
            await #expect(throws: (any Error).self) {
                try await ContactKit.psql("SELECT set_config('networkd.audit_redaction', 'on', false); UPDATE audit_log SET actor = 'x'")
            }
            #expect(try await ContactKit.count("audit_log") == auditBefore + 1)
        }
    }

    @Test func erasureIsAllOrNothingAndHonoursExpectedVersion() async throws {
        try await ContactKit.withDaemon { daemon in
            let root = try ContactSocket(daemon)
            let member = try await ContactKit.insertMember("Testshire")
            let person = try await root.call(ContactAdd.self, .init(memberId: member, name: "Zed Zulu", email: "zed@x.example"))
            _ = try await root.call(ContactUpdate.self, .init(id: person.id, jobTitle: "Clerk"))
            let stale = try await root.failure(ContactErase.self, .init(id: person.id, expectedVersion: 1))
            #expect(stale.kind == "conflict")
            #expect(try await ContactKit.placesHolding("zed@x.example") == ["audit_log.after", "audit_log.before", "contact.email"],
                    "untouched")
            #expect(try await root.failure(ContactErase.self, .init(id: 999)).kind == "not_found")
            let keyed = ContactErase.Params(id: person.id, idempotencyKey: "erase-zed")
            let first = try await root.call(ContactErase.self, keyed)
            #expect(try await root.call(ContactErase.self, keyed) == first, "a keyed retry answers as the first call did")
            #expect(try await ContactKit.placesHolding("Zed Zulu") == [])
        }
    }
}
