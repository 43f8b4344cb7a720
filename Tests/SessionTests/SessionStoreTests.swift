import AdminProtocol
import MembershipTestSupport
import NetworkCore
import NetworkStore
import NetworkTestSupport
import Postgres
import Testing

/// The session store called directly: the per-call check a member session makes before every
/// request turns false as soon as the token is revoked or expires, or its member stops being
/// current, and `login` tells the three apart.
@Suite("Session store", .freshDatabase)
struct SessionStoreTests {
    @Test func aSessionStopsBeingValidTheMomentItsTokenOrMemberDoes() async throws {
        try await withMembership { h in
            let member = try await h.call(MemberCreate.self, MembershipHarness.council("Sefton Council"))
            let identity = try #require(try await h.memberCaller(member.id).member)
            let valid = { @Sendable () async throws -> Bool in
                try await h.pool.withConnection { connection in
                    try SessionStore.sessionIsValid(tokenID: identity.tokenID, memberID: identity.memberID,
                                                    contactID: identity.contactID, on: connection)
                }
            }
            #expect(try await valid())
            _ = try await h.psql("UPDATE member_token SET expires_at = created_at + interval '1 millisecond' WHERE id = \(identity.tokenID); SELECT pg_sleep(0.01)")
            #expect(try await !valid(), "expired")
            _ = try await h.psql("UPDATE member_token SET expires_at = now() + interval '1 day', revoked_at = now() WHERE id = \(identity.tokenID)")
            #expect(try await !valid(), "revoked")
            _ = try await h.psql("UPDATE member_token SET revoked_at = NULL WHERE id = \(identity.tokenID)")
            #expect(try await valid(), "restored")
            _ = try await h.call(MemberResign.self, .init(id: member.id, reason: "leaving"))
            #expect(try await !valid(), "its member resigned")
            let other = try await h.pool.withConnection { connection in
                try SessionStore.sessionIsValid(tokenID: identity.tokenID, memberID: identity.memberID + 1,
                                                contactID: identity.contactID, on: connection)
            }
            #expect(!other, "a token never vouches for another member")
        }
    }

    @Test func loginOfAnUnknownHashIsNothing() async throws {
        try await withMembership { h in
            let login = try await h.pool.withConnection { connection in
                try SessionStore.login(hash: String(repeating: "0", count: 64), on: connection)
            }
            #expect(login == nil)
        }
    }
}
