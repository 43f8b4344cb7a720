import AdminProtocol
import NetworkCore
import MembershipTestSupport
import NetworkTestSupport
import Testing

/// `contact.add|update|remove|list` through the real daemon and PostgreSQL, as root (which holds
/// the secretariat role). Member-only callers are in `SessionTests`.
@Suite("Contacts", .freshDatabase)
struct ContactTests {
    @Test func addReturnsTheContactWithRolesInCanonicalOrderAndAuditsIt() async throws {
        try await ContactKit.withDaemon { daemon in
            let member = try await ContactKit.insertMember("Testshire")
            let root = try ContactSocket(daemon)
            let added = try await root.call(ContactAdd.self, .init(
                memberId: member, name: "  Ada Lovelace ", email: "ada@testshire.gov.uk", phone: "01632 960000",
                jobTitle: "Cabinet member", roles: [.events, .finance, .events], primaryRoles: [.finance]))
            #expect(added.memberId == member)
            #expect(added.name == "Ada Lovelace", "surrounding blanks are trimmed")
            #expect(added.roles == [.finance, .events], "deduplicated, in ContactRole order")
            #expect(added.primaryRoles == [.finance])
            #expect(added.version == 1)
            let listed = try await root.call(ContactList.self, .init(memberId: member))
            #expect(listed.contacts == [added])
            #expect(try await ContactKit.psql("SELECT target || '|' || method || '|' || (after->>'email') || '|' || (before IS NULL) FROM audit_log")
                == "contact:\(added.id)|contact.add|ada@testshire.gov.uk|true")
        }
    }

    static let badEmails = ["", "plain", "two@@at.org", "a@b", "a b@c.org", ".dot@c.org", "dots..in@c.org", "x@-host.org",
                            "x@host..org", String(repeating: "a", count: 65) + "@c.org"]

    @Test(arguments: badEmails)
    func invalidEmailIsAValidationErrorOnEmailAndWritesNothing(email: String) async throws {
        try await ContactKit.withDaemon { daemon in
            let member = try await ContactKit.insertMember("Testshire")
            let root = try ContactSocket(daemon)
            let error = try await root.failure(ContactAdd.self, .init(memberId: member, name: "Ada", email: email))
            #expect(error.kind == "validation")
            #expect(error.fields == ["email"])
            #expect(try await ContactKit.count("contact") == 0)
            #expect(try await ContactKit.count("audit_log") == 0)
        }
    }

    @Test func everyInvalidFieldIsListedAndPrimaryRolesMustBeAmongRoles() async throws {
        try await ContactKit.withDaemon { daemon in
            let member = try await ContactKit.insertMember("Testshire")
            let root = try ContactSocket(daemon)
            let error = try await root.failure(ContactAdd.self, .init(
                memberId: member, name: "   ", email: "ada@x.org", phone: String(repeating: "1", count: 41),
                jobTitle: String(repeating: "j", count: 201), roles: [.events], primaryRoles: [.finance, .events]))
            #expect(error.kind == "validation")
            #expect(error.fields == ["name", "phone", "jobTitle", "primaryRoles"])
            #expect(error.message.contains("finance") || "\(error.data ?? .null)".contains("finance"))
            #expect(try await ContactKit.count("contact") == 0)
        }
    }

    @Test func missingMemberOrContactIsNotFound() async throws {
        try await ContactKit.withDaemon { daemon in
            let root = try ContactSocket(daemon)
            #expect(try await root.failure(ContactAdd.self, .init(memberId: 999, name: "A", email: "a@b.org")).kind == "not_found")
            #expect(try await root.failure(ContactList.self, .init(memberId: 999)).kind == "not_found")
            #expect(try await root.failure(ContactUpdate.self, .init(id: 999, name: "B")).kind == "not_found")
            #expect(try await root.failure(ContactRemove.self, .init(id: 999)).kind == "not_found")
            #expect(try await ContactKit.count("audit_log") == 0)
        }
    }

    @Test(arguments: ["resigned", "terminated", "rejected"])
    func formerMemberGetsNoNewContactsButItsContactsStayListedAndEditable(status: String) async throws {
        try await ContactKit.withDaemon { daemon in
            let former = try await ContactKit.insertMember("Formershire", status: status)
            let root = try ContactSocket(daemon)
            let keptID = try await ContactKit.psql("INSERT INTO contact (member_id, name, email) VALUES (\(former), 'Kept', 'kept@old.org') RETURNING id")
                .split(separator: "\n").first.map(String.init) ?? ""
            let error = try await root.failure(ContactAdd.self, .init(memberId: former, name: "New", email: "new@old.org"))
            #expect(error.kind == "validation")
            #expect(error.fields == ["memberId"])
            #expect("\(error.data ?? .null)".contains(status))
            #expect(try await root.call(ContactList.self, .init(memberId: former)).contacts.map { String($0.id) } == [keptID])
            #expect(try await root.call(ContactUpdate.self, .init(id: try #require(Int64(keptID)), phone: "0")).phone == "0")
        }
    }

    @Test func applicantsCanHaveContacts() async throws {
        try await ContactKit.withDaemon { daemon in
            let member = try await ContactKit.insertMember("Hopefulshire", status: "applicant")
            let added = try await ContactSocket(daemon).call(ContactAdd.self, .init(memberId: member, name: "A", email: "a@h.org"))
            #expect(added.memberId == member)
        }
    }

    @Test func duplicateEmailWithinOneMemberIsAConflictNamingTheHolderButOtherMembersMayShareIt() async throws {
        try await ContactKit.withDaemon { daemon in
            let first = try await ContactKit.insertMember("Testshire")
            let second = try await ContactKit.insertMember("Otherbury")
            let root = try ContactSocket(daemon)
            let ada = try await root.call(ContactAdd.self, .init(memberId: first, name: "Ada", email: "ada@x.org"))
            let duplicate = try await root.failure(ContactAdd.self, .init(memberId: first, name: "Ada 2", email: "ADA@X.org"))
            #expect(duplicate.kind == "conflict")
            #expect(duplicate.message.contains("contact \(ada.id)"), "\(duplicate.message)")
            #expect(duplicate.message.contains("ADA@X.org"))
            _ = try await root.call(ContactAdd.self, .init(memberId: second, name: "Ada", email: "ada@x.org"))
            let bob = try await root.call(ContactAdd.self, .init(memberId: first, name: "Bob", email: "bob@x.org"))
            #expect(try await root.failure(ContactUpdate.self, .init(id: bob.id, email: "Ada@x.org")).kind == "conflict")
            #expect(try await root.call(ContactUpdate.self, .init(id: ada.id, email: "ADA@x.org")).email == "ADA@x.org",
                    "a contact may change the case of its own address")
        }
    }

    @Test func makingAContactPrimaryDemotesThePreviousPrimaryForThatRoleOnly() async throws {
        try await ContactKit.withDaemon { daemon in
            let member = try await ContactKit.insertMember("Testshire")
            let other = try await ContactKit.insertMember("Otherbury")
            let root = try ContactSocket(daemon)
            let ada = try await root.call(ContactAdd.self, .init(
                memberId: member, name: "Ada", email: "ada@x.org", roles: [.finance, .events], primaryRoles: [.finance, .events]))
            let elsewhere = try await root.call(ContactAdd.self, .init(
                memberId: other, name: "Eve", email: "eve@x.org", roles: [.finance], primaryRoles: [.finance]))
            let bob = try await root.call(ContactAdd.self, .init(
                memberId: member, name: "Bob", email: "bob@x.org", roles: [.finance], primaryRoles: [.finance]))
            #expect(bob.primaryRoles == [.finance])
            var contacts = try await root.call(ContactList.self, .init(memberId: member)).contacts
            #expect(contacts.map(\.name) == ["Ada", "Bob"])
            #expect(contacts[0].roles == [.finance, .events], "the demoted contact keeps the role")
            #expect(contacts[0].primaryRoles == [.events], "and stays primary for the other role")
            #expect(contacts[0].version == 2, "a demotion is a change of the demoted contact")
            #expect(try await root.call(ContactList.self, .init(memberId: other)).contacts == [elsewhere], "other members are untouched")
            #expect(try await ContactKit.psql("SELECT after->'demotedContactIds' FROM audit_log WHERE target = 'contact:\(bob.id)'")
                == "[\(ada.id)]")

            // And back, through update.
            let promoted = try await root.call(ContactUpdate.self, .init(id: ada.id, primaryRoles: [.finance, .events]))
            #expect(promoted.primaryRoles == [.finance, .events])
            contacts = try await root.call(ContactList.self, .init(memberId: member)).contacts
            #expect(contacts[1].primaryRoles == [])
            #expect(try await ContactKit.count("contact_role", "is_primary AND role = 'finance'") == 2, "one per member")
        }
    }

    @Test func aDemotedPrimaryContactsVersionGoesUpSoItsExpectedVersionMisses() async throws {
        try await ContactKit.withDaemon { daemon in
            let member = try await ContactKit.insertMember("Testshire")
            let root = try ContactSocket(daemon)
            let ada = try await root.call(ContactAdd.self, .init(
                memberId: member, name: "Ada", email: "ada@x.org", roles: [.finance, .events], primaryRoles: [.finance, .events]))
            #expect(ada.version == 1)
            // Bob takes both primaries in one call: Ada changes once, not once per role.
            _ = try await root.call(ContactAdd.self, .init(
                memberId: member, name: "Bob", email: "bob@x.org", roles: [.finance, .events], primaryRoles: [.finance, .events]))
            let demoted = try #require(try await root.call(ContactList.self, .init(memberId: member)).contacts.first { $0.id == ada.id })
            #expect(demoted.primaryRoles == [] && demoted.version == 2)
            // Someone who read Ada at version 1 (still primary) is told she changed.
            let stale = try await root.failure(ContactUpdate.self, .init(id: ada.id, jobTitle: "Finance lead", expectedVersion: 1))
            #expect(stale.kind == "conflict")
            #expect(stale.data?["currentVersion"] == 2)
            #expect(try await root.call(ContactUpdate.self, .init(id: ada.id, jobTitle: "Finance lead", expectedVersion: 2)).version == 3)
            // The same through contact.update promoting Carol, and by SQL: the database bumps it.
            let carol = try await root.call(ContactAdd.self, .init(memberId: member, name: "Carol", email: "carol@x.org", roles: [.events]))
            _ = try await root.call(ContactUpdate.self, .init(id: carol.id, primaryRoles: [.events]))
            let bob = try #require(try await root.call(ContactList.self, .init(memberId: member)).contacts.first { $0.name == "Bob" })
            #expect(bob.primaryRoles == [.finance] && bob.version == 2)
            try await ContactKit.psql("UPDATE contact_role SET is_primary = false WHERE contact_id = \(bob.id)")
            #expect(try await ContactKit.psql("SELECT version FROM contact WHERE id = \(bob.id)") == "3")
        }
    }

    @Test func concurrentAddsClaimingTheSamePrimaryAllSucceedAndLeaveExactlyOnePrimary() async throws {
        try await ContactKit.withDaemon { daemon in
            let member = try await ContactKit.insertMember("Testshire")
            let ids = try await withThrowingTaskGroup(of: Int64.self) { group in
                for index in 0..<8 {
                    group.addTask {
                        let socket = try ContactSocket(daemon)
                        return try await socket.call(ContactAdd.self, .init(
                            memberId: member, name: "Racer \(index)", email: "r\(index)@x.org", roles: [.finance], primaryRoles: [.finance])).id
                    }
                }
                return try await group.reduce(into: [Int64]()) { $0.append($1) }
            }
            #expect(ids.count == 8, "no unique-index error")
            #expect(try await ContactKit.count("contact_role", "role = 'finance'") == 8)
            #expect(try await ContactKit.count("contact_role", "role = 'finance' AND is_primary") == 1)
            #expect(try await ContactKit.psql("SELECT contact_id FROM contact_role WHERE is_primary") == String(ids.max() ?? 0),
                    "the last one to commit holds it")
        }
    }

    @Test func updateKeepsLeftOutFieldsClearsBlanksAndDropsPrimariesOfRemovedRoles() async throws {
        try await ContactKit.withDaemon { daemon in
            let member = try await ContactKit.insertMember("Testshire")
            let root = try ContactSocket(daemon)
            let ada = try await root.call(ContactAdd.self, .init(
                memberId: member, name: "Ada", email: "ada@x.org", phone: "01632", jobTitle: "Officer",
                roles: [.finance, .events], primaryRoles: [.finance]))
            let updated = try await root.call(ContactUpdate.self, .init(id: ada.id, phone: "", roles: [.events, .leadOfficer]))
            #expect(updated.name == "Ada")
            #expect(updated.email == "ada@x.org")
            #expect(updated.phone == nil, "an empty phone clears it")
            #expect(updated.jobTitle == "Officer")
            #expect(updated.roles == [.leadOfficer, .events])
            #expect(updated.primaryRoles == [], "no longer finance, so no longer its primary")
            #expect(updated.version == 2)
            let error = try await root.failure(ContactUpdate.self, .init(id: ada.id, primaryRoles: [.finance]))
            #expect(error.fields == ["primaryRoles"])
            #expect(try await ContactKit.psql("SELECT before->>'phone' || '|' || (after->>'phone' IS NULL) FROM audit_log WHERE method = 'contact.update'")
                == "01632|true")
        }
    }

    @Test func updateHonoursExpectedVersion() async throws {
        try await ContactKit.withDaemon { daemon in
            let member = try await ContactKit.insertMember("Testshire")
            let root = try ContactSocket(daemon)
            let ada = try await root.call(ContactAdd.self, .init(memberId: member, name: "Ada", email: "ada@x.org"))
            #expect(try await root.call(ContactUpdate.self, .init(id: ada.id, name: "Ada L", expectedVersion: 1)).version == 2)
            let stale = try await root.failure(ContactUpdate.self, .init(id: ada.id, name: "Ada X", expectedVersion: 1))
            #expect(stale.kind == "conflict")
            #expect(stale.data?["currentVersion"] == 2)
            let staleRemove = try await root.failure(ContactRemove.self, .init(id: ada.id, expectedVersion: 1))
            #expect(staleRemove.kind == "conflict")
            #expect(try await root.call(ContactList.self, .init(memberId: member)).contacts.map(\.name) == ["Ada L"])
            #expect(try await ContactKit.count("audit_log") == 2)
        }
    }

    @Test func retryWithTheSameIdempotencyKeyReturnsTheSameContactOnce() async throws {
        try await ContactKit.withDaemon { daemon in
            let member = try await ContactKit.insertMember("Testshire")
            let root = try ContactSocket(daemon)
            let params = ContactAdd.Params(memberId: member, name: "Ada", email: "ada@x.org", roles: [.finance], idempotencyKey: "add-ada")
            let first = try await root.call(ContactAdd.self, params)
            let again = try await root.call(ContactAdd.self, params)
            #expect(again == first)
            #expect(try await ContactKit.count("contact") == 1)
            #expect(try await ContactKit.count("audit_log") == 1)
            var changed = params
            changed.name = "Bob"
            #expect(try await root.failure(ContactAdd.self, changed).kind == "conflict")

            let update = ContactUpdate.Params(id: first.id, name: "Ada L", expectedVersion: 1, idempotencyKey: "rename")
            #expect(try await root.call(ContactUpdate.self, update).version == 2)
            #expect(try await root.call(ContactUpdate.self, update).version == 2, "the replay skips the version check")
            #expect(try await ContactKit.count("audit_log") == 2)
        }
    }

    @Test func removeDeletesTheContactItsRolesAndTokensAndAuditsTheBeforeImage() async throws {
        try await ContactKit.withDaemon { daemon in
            let member = try await ContactKit.insertMember("Testshire")
            let root = try ContactSocket(daemon)
            let ada = try await root.call(ContactAdd.self, .init(memberId: member, name: "Ada", email: "ada@x.org", roles: [.finance]))
            let bob = try await root.call(ContactAdd.self, .init(memberId: member, name: "Bob", email: "bob@x.org"))
            _ = try await root.call(TokenIssue.self, .init(contactId: ada.id))
            _ = try await root.call(TokenIssue.self, .init(contactId: bob.id))
            #expect(try await root.call(ContactRemove.self, .init(id: ada.id, expectedVersion: 1)).removed)
            #expect(try await root.call(ContactList.self, .init(memberId: member)).contacts == [bob])
            #expect(try await ContactKit.count("contact_role") == 0)
            #expect(try await ContactKit.psql("SELECT contact_id FROM member_token") == "\(bob.id)")
            #expect(try await ContactKit.psql("""
                SELECT (before->>'email') || '|' || (after IS NULL) FROM audit_log WHERE method = 'contact.remove' AND target = 'contact:\(ada.id)'
                """) == "ada@x.org|true")
            #expect(try await root.failure(ContactRemove.self, .init(id: ada.id)).kind == "not_found")
        }
    }

    @Test func listIsOrderedByNameIgnoringCaseThenById() async throws {
        try await ContactKit.withDaemon { daemon in
            let member = try await ContactKit.insertMember("Testshire")
            let root = try ContactSocket(daemon)
            var ids: [String: Int64] = [:]
            for (index, name) in ["carol", "Bob", "alice", "Bob"].enumerated() {
                ids["\(name)\(index)"] = try await root.call(ContactAdd.self, .init(memberId: member, name: name, email: "c\(index)@x.org")).id
            }
            let listed = try await root.call(ContactList.self, .init(memberId: member)).contacts
            #expect(listed.map(\.name) == ["alice", "Bob", "Bob", "carol"])
            #expect(listed[1].id < listed[2].id)
        }
    }
}
