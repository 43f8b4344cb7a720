import AdminProtocol
import NetworkCore
import MembershipTestSupport
import NetworkTestSupport
import Testing

/// `session.authenticate` over real socket connections: a token turns a connection into that
/// member contact, with access to its own member's contacts only, until the token stops working.
@Suite("Member sessions", .freshDatabase)
struct SessionTests {
    /// Two members with a contact each; returns their ids.
    static func twoMembers(_ root: ContactSocket) async throws -> (own: Int64, ownContact: ContactWire, other: Int64, otherContact: ContactWire) {
        let own = try await ContactKit.insertMember("Ownshire")
        let other = try await ContactKit.insertMember("Otherbury")
        let ownContact = try await root.call(ContactAdd.self, .init(memberId: own, name: "Olive", email: "olive@own.org", roles: [.leadOfficer]))
        let otherContact = try await root.call(ContactAdd.self, .init(memberId: other, name: "Oscar", email: "oscar@other.org"))
        return (own, ownContact, other, otherContact)
    }

    @Test func tokenLifecycleIssueAuthenticateUseRevokeThenTheSameConnectionIsRefused() async throws {
        try await ContactKit.withDaemon { daemon in
            let root = try ContactSocket(daemon)
            let (own, olive, _, _) = try await Self.twoMembers(root)
            let issued = try await root.call(TokenIssue.self, .init(contactId: olive.id))
            let member = try ContactSocket(daemon)
            let session = try await member.call(SessionAuthenticate.self, .init(token: issued.secret))
            #expect(session.memberId == own)
            #expect(session.memberName == "Ownshire")
            #expect(session.contactId == olive.id)
            #expect(session.roles == ["member"])
            #expect(session.expiresAt == issued.token.expiresAt)
            #expect(try await ContactKit.count("member_token", "last_used_at IS NOT NULL") == 1)
            #expect(try await ContactKit.count("audit_log", "method = 'session.authenticate'") == 0, "a login is not a mutation")
            #expect(daemon.logs.captured.contains { $0.contains("member session authenticated") && $0.contains("\(olive.id)") })

            // Acting as the member: its own contacts, audited under the member's actor.
            #expect(try await member.call(ContactList.self, .init(memberId: own)).contacts.map(\.id) == [olive.id])
            let added = try await member.call(ContactAdd.self, .init(memberId: own, name: "Otto", email: "otto@own.org"))
            #expect(try await ContactKit.psql("SELECT actor || '|' || actor_role FROM audit_log WHERE target = 'contact:\(added.id)'")
                == "member:\(own)/contact:\(olive.id)|member")
            // Staff methods are out of reach now, even though the peer is root.
            #expect(try await member.failure(TokenList.self, .init()).kind == "forbidden")

            _ = try await root.call(TokenRevoke.self, .init(id: issued.token.id))
            let refused = try await member.failure(ContactList.self, .init(memberId: own))
            #expect(refused.kind == "forbidden")
            #expect(refused.message == "member token revoked or expired; authenticate again")
            // The session is reset to no role at all.
            let after = try await member.failure(ContactList.self, .init(memberId: own))
            #expect(after.kind == "forbidden")
            #expect(after.message.contains("holds none"), "\(after.message)")
            // A no-role connection may still authenticate, with a new token.
            let fresh = try await root.call(TokenIssue.self, .init(contactId: olive.id))
            _ = try await member.call(SessionAuthenticate.self, .init(token: fresh.secret))
            #expect(try await member.call(ContactList.self, .init(memberId: own)).contacts.count == 2)
        }
    }

    @Test func memberOnlyCallerIsForbiddenEverythingOfAnotherMembersContacts() async throws {
        try await ContactKit.withDaemon { daemon in
            let root = try ContactSocket(daemon)
            let (own, olive, other, oscar) = try await Self.twoMembers(root)
            let (member, _) = try await root.memberSession(for: olive.id, daemon: daemon)
            let audits = try await ContactKit.count("audit_log")
            #expect(try await member.failure(ContactList.self, .init(memberId: other)).kind == "forbidden")
            #expect(try await member.failure(ContactAdd.self, .init(memberId: other, name: "X", email: "x@x.org")).kind == "forbidden")
            #expect(try await member.failure(ContactAdd.self, .init(memberId: 999, name: "X", email: "x@x.org")).kind == "forbidden",
                    "a member cannot probe which members exist")
            #expect(try await member.failure(ContactUpdate.self, .init(id: oscar.id, name: "Hacked")).kind == "not_found")
            #expect(try await member.failure(ContactRemove.self, .init(id: oscar.id)).kind == "not_found")
            #expect(try await member.failure(ContactExport.self, .init(id: olive.id)).kind == "forbidden", "staff only, even for oneself")
            #expect(try await member.failure(ContactErase.self, .init(id: olive.id)).kind == "forbidden")
            #expect(try await member.failure(TokenIssue.self, .init(contactId: olive.id)).kind == "forbidden")
            #expect(try await ContactKit.count("audit_log") == audits, "nothing was written")
            #expect(try await root.call(ContactList.self, .init(memberId: other)).contacts == [oscar])
            // Its own member's contacts it may change.
            let renamed = try await member.call(ContactUpdate.self, .init(id: olive.id, name: "Olive O", expectedVersion: 1))
            #expect(renamed.version == 2)
            #expect(try await member.call(ContactList.self, .init(memberId: own)).contacts == [renamed])
        }
    }

    @Test func aMemberCannotTellAnotherMembersContactFromAnAbsentId() async throws {
        try await ContactKit.withDaemon { daemon in
            let root = try ContactSocket(daemon)
            let (_, olive, other, oscar) = try await Self.twoMembers(root)
            let absent = oscar.id + 1000
            let (member, _) = try await root.memberSession(for: olive.id, daemon: daemon)
            let audits = try await ContactKit.count("audit_log")
            // The same answer, message shape included, whether the id is someone else's or nobody's.
            for id in [oscar.id, absent] {
                let update = try await member.failure(ContactUpdate.self, .init(id: id, name: "Hacked"))
                #expect(update.kind == "not_found")
                #expect(update.message == "No contact \(id)", "\(update.message)")
                #expect(!update.message.contains("member"), "no owner is named")
                let remove = try await member.failure(ContactRemove.self, .init(id: id))
                #expect(remove.kind == update.kind && remove.message == update.message)
            }
            #expect(try await root.failure(ContactUpdate.self, .init(id: absent, name: "X")).message == "No contact \(absent)",
                    "what staff get for an absent id")
            #expect(try await ContactKit.count("audit_log") == audits, "nothing was written")
            #expect(try await root.call(ContactList.self, .init(memberId: other)).contacts == [oscar])
        }
    }

    /// A revoked or expired token is refused saying so (its holder needs a new one); any other
    /// unusable token gets one generic message, the reason only in the log.
    @Test func unusableTokensAreRefusedRevokedAndExpiredSayingSoTheRestAlike() async throws {
        try await ContactKit.withDaemon { daemon in
            let root = try ContactSocket(daemon)
            let (_, olive, other, oscar) = try await Self.twoMembers(root)
            let revoked = try await root.call(TokenIssue.self, .init(contactId: olive.id))
            _ = try await root.call(TokenRevoke.self, .init(id: revoked.token.id))
            let expired = try await root.call(TokenIssue.self, .init(contactId: olive.id))
            try await ContactKit.psql("""
                UPDATE member_token SET created_at = now() - interval '2 days', expires_at = now() - interval '1 second' WHERE id = \(expired.token.id)
                """)
            let formerMember = try await root.call(TokenIssue.self, .init(contactId: oscar.id))
            try await ContactKit.psql("UPDATE member SET status = 'terminated' WHERE id = \(other)")
            let unknown = "nwd_" + String(repeating: "A", count: 43)
            let cases: [(String, String)] = [
                (revoked.secret, "revoked"), (expired.secret, "expired"), (formerMember.secret, "not current"),
                (unknown, "unknown token"), ("hello", "malformed token"), (String(revoked.secret.dropLast()), "malformed token"),
            ]
            let connection = try ContactSocket(daemon)
            for (token, reason) in cases {
                let error = try await connection.failure(SessionAuthenticate.self, .init(token: token))
                #expect(error.kind == "forbidden")
                switch reason {
                case "revoked": #expect(error.message == "token revoked")
                case "expired": #expect(error.message.hasPrefix("token expired at 20"), "\(error.message)")
                default: #expect(error.message == "invalid or expired token")
                }
                #expect(daemon.logs.captured.contains { $0.contains("member token refused") && $0.contains(reason) }, "\(reason)")
            }
            // Still root: a refused attempt changes nothing about the connection.
            #expect(try await connection.call(TokenList.self, .init(all: true)).tokens.count == 3)
            #expect(try await ContactKit.count("member_token", "last_used_at IS NOT NULL") == 0)
        }
    }

    @Test func aSessionEndsWhenItsTokenExpiresOrItsMemberLeavesOrItsContactIsRemoved() async throws {
        try await ContactKit.withDaemon { daemon in
            let root = try ContactSocket(daemon)
            let (own, olive, other, oscar) = try await Self.twoMembers(root)
            let ottoContact = try await root.call(ContactAdd.self, .init(memberId: own, name: "Otto", email: "otto@own.org"))

            let (expiring, expiringToken) = try await root.memberSession(for: olive.id, daemon: daemon)
            try await ContactKit.psql("""
                UPDATE member_token SET created_at = now() - interval '2 days', expires_at = now() - interval '1 second' WHERE id = \(expiringToken.token.id)
                """)
            #expect(try await expiring.failure(ContactList.self, .init(memberId: own)).message == "member token revoked or expired; authenticate again")

            let (leaving, _) = try await root.memberSession(for: oscar.id, daemon: daemon)
            #expect(try await leaving.call(ContactList.self, .init(memberId: other)).contacts.count == 1)
            try await ContactKit.psql("UPDATE member SET status = 'resigned' WHERE id = \(other)")
            #expect(try await leaving.failure(ContactList.self, .init(memberId: other)).kind == "forbidden")

            let (removed, _) = try await root.memberSession(for: ottoContact.id, daemon: daemon)
            _ = try await root.call(ContactRemove.self, .init(id: ottoContact.id))
            #expect(try await removed.failure(ContactList.self, .init(memberId: own)).kind == "forbidden")
        }
    }
}
