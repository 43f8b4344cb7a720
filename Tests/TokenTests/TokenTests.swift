import AdminProtocol
import Foundation
import NetworkCore
@testable import NetworkDaemon
import MembershipTestSupport
import NetworkTestSupport
import Testing

/// `token.issue|list|revoke`, and how the secret is made and stored.
@Suite("Member tokens", .freshDatabase)
struct TokenTests {
    /// A member with one contact; returns (memberId, contactId).
    static func contact(_ root: ContactSocket, member name: String = "Testshire", status: String = "active",
                        email: String = "ada@x.org") async throws -> (Int64, Int64) {
        let member = try await ContactKit.insertMember(name, status: status)
        let id = try await ContactKit.psql("INSERT INTO contact (member_id, name, email) VALUES (\(member), 'Ada', '\(email)') RETURNING id")
        return (member, try #require(Int64(id.split(separator: "\n").first.map(String.init) ?? "")))
    }

    @Test func hashIsSHA256HexOfTheUTF8Secret() throws {
        #expect(try TokenSecret.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(try TokenSecret.hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func generatedSecretsAreWellFormedAndDistinct() throws {
        let secrets = try (0..<200).map { _ in try TokenSecret.generate() }
        #expect(Set(secrets).count == 200)
        for secret in secrets {
            #expect(secret.count == 47)
            #expect(secret.hasPrefix("nwd_"))
            #expect(TokenSecret.isWellFormed(secret))
            #expect(secret.range(of: "^nwd_[A-Za-z0-9_-]{43}$", options: .regularExpression) != nil)
        }
        #expect(!TokenSecret.isWellFormed("nwd_" + String(repeating: "=", count: 43)))
        #expect(!TokenSecret.isWellFormed("xyz_" + String(repeating: "a", count: 43)))
    }

    @Test func issueShowsTheSecretOnceAndStoresOnlyItsHashAndPrefix() async throws {
        try await ContactKit.withDaemon { daemon in
            let root = try ContactSocket(daemon)
            let (member, contact) = try await Self.contact(root)
            let issued = try await root.call(TokenIssue.self, .init(contactId: contact))
            let secret = issued.secret
            #expect(secret.range(of: "^nwd_[A-Za-z0-9_-]{43}$", options: .regularExpression) != nil)
            #expect(issued.token.prefix == String(secret.prefix(12)))
            #expect(issued.token.contactId == contact)
            #expect(issued.token.memberId == member)
            #expect(issued.token.issuedBy == "uid:0(root)")
            #expect(issued.token.revokedAt == nil)
            let escaped = secret.replacingOccurrences(of: "'", with: "''")
            #expect(try await ContactKit.psql(
                "SELECT token_hash = encode(sha256(convert_to('\(escaped)', 'UTF8')), 'hex') FROM member_token") == "t")
            #expect(try await ContactKit.psql("SELECT expires_at - created_at FROM member_token") == "90 days")
            #expect(try await ContactKit.placesHolding(secret) == [], "the secret is stored nowhere")
            #expect(try await ContactKit.placesHolding(String(secret.suffix(35))) == [])
            let audit = try await ContactKit.psql("SELECT target || '|' || after::text FROM audit_log")
            #expect(audit.hasPrefix("token:\(issued.token.id)|"))
            #expect(audit.contains(issued.token.prefix))
            #expect(!audit.contains("secret"))
            #expect(try await root.call(TokenList.self, .init()).tokens == [issued.token])
        }
    }

    @Test(arguments: [0, -1, 366, 10_000])
    func expiryOutsideOneTo365DaysIsAValidationError(days: Int) async throws {
        try await ContactKit.withDaemon { daemon in
            let root = try ContactSocket(daemon)
            let (_, contact) = try await Self.contact(root)
            let error = try await root.failure(TokenIssue.self, .init(contactId: contact, expiresInDays: days))
            #expect(error.fields == ["expiresInDays"])
            #expect(try await ContactKit.count("member_token") == 0)
        }
    }

    @Test func expiryBoundsAreAccepted() async throws {
        try await ContactKit.withDaemon { daemon in
            let root = try ContactSocket(daemon)
            let (_, contact) = try await Self.contact(root)
            _ = try await root.call(TokenIssue.self, .init(contactId: contact, expiresInDays: 1))
            _ = try await root.call(TokenIssue.self, .init(contactId: contact, expiresInDays: 365))
            #expect(try await ContactKit.psql("SELECT string_agg((expires_at - created_at)::text, ',' ORDER BY id) FROM member_token")
                == "1 day,365 days")
        }
    }

    @Test(arguments: ["applicant", "resigned", "terminated", "rejected"])
    func tokensAreIssuedOnlyForContactsOfCurrentMembers(status: String) async throws {
        try await ContactKit.withDaemon { daemon in
            let root = try ContactSocket(daemon)
            let (_, contact) = try await Self.contact(root, status: status)
            let error = try await root.failure(TokenIssue.self, .init(contactId: contact))
            #expect(error.fields == ["contactId"])
            #expect("\(error.data ?? .null)".contains(status))
            #expect(try await ContactKit.count("member_token") == 0)
        }
    }

    @Test(arguments: ["lapsed", "suspended"])
    func lapsedAndSuspendedMembersAreCurrent(status: String) async throws {
        try await ContactKit.withDaemon { daemon in
            let root = try ContactSocket(daemon)
            let (_, contact) = try await Self.contact(root, status: status)
            _ = try await root.call(TokenIssue.self, .init(contactId: contact))
            #expect(try await ContactKit.count("member_token") == 1)
        }
    }

    @Test func unknownContactOrTokenIsNotFound() async throws {
        try await ContactKit.withDaemon { daemon in
            let root = try ContactSocket(daemon)
            #expect(try await root.failure(TokenIssue.self, .init(contactId: 42)).kind == "not_found")
            #expect(try await root.failure(TokenRevoke.self, .init(id: 42)).kind == "not_found")
            #expect(try await root.failure(TokenList.self, .init(memberId: 42)).kind == "not_found")
            #expect(try await root.failure(TokenList.self, .init(contactId: 42)).kind == "not_found")
        }
    }

    @Test func retryWithTheSameKeyIssuesNothingAndNamesTheTokenWithoutItsSecret() async throws {
        try await ContactKit.withDaemon { daemon in
            let root = try ContactSocket(daemon)
            let (_, contact) = try await Self.contact(root)
            let params = TokenIssue.Params(contactId: contact, expiresInDays: 30, idempotencyKey: "issue-1")
            let issued = try await root.call(TokenIssue.self, params)
            let retry = try await root.failure(TokenIssue.self, params)
            #expect(retry.kind == "conflict")
            #expect(retry.message.contains("token \(issued.token.id)"), "\(retry.message)")
            #expect(retry.message.contains(issued.token.prefix))
            #expect(retry.message.contains("revoke"))
            #expect(!retry.message.contains(issued.secret))
            #expect(try await ContactKit.count("member_token") == 1)
            #expect(try await ContactKit.count("audit_log") == 1)
            #expect(try await ContactKit.count("idempotency_keys", "response->>'prefix' = '\(issued.token.prefix)'") == 1,
                    "what is remembered is the token without its secret")
            #expect(try await ContactKit.placesHolding(issued.secret) == [])
        }
    }

    @Test func listShowsUsableTokensUnlessAllAndFiltersByMemberAndContact() async throws {
        try await ContactKit.withDaemon { daemon in
            let root = try ContactSocket(daemon)
            let (memberA, contactA) = try await Self.contact(root, member: "Ayshire")
            let (memberB, contactB) = try await Self.contact(root, member: "Beeshire")
            let live = try await root.call(TokenIssue.self, .init(contactId: contactA)).token
            let revoked = try await root.call(TokenIssue.self, .init(contactId: contactA)).token
            let expired = try await root.call(TokenIssue.self, .init(contactId: contactA)).token
            let other = try await root.call(TokenIssue.self, .init(contactId: contactB)).token
            _ = try await root.call(TokenRevoke.self, .init(id: revoked.id))
            try await ContactKit.psql("""
                UPDATE member_token SET created_at = now() - interval '2 days', expires_at = now() - interval '1 day' WHERE id = \(expired.id)
                """)
            #expect(try await root.call(TokenList.self, .init()).tokens.map(\.id) == [live.id, other.id])
            #expect(try await root.call(TokenList.self, .init(all: true)).tokens.map(\.id) == [live.id, revoked.id, expired.id, other.id])
            #expect(try await root.call(TokenList.self, .init(memberId: memberB)).tokens.map(\.id) == [other.id])
            #expect(try await root.call(TokenList.self, .init(memberId: memberA, all: true)).tokens.count == 3)
            #expect(try await root.call(TokenList.self, .init(contactId: contactA)).tokens.map(\.id) == [live.id])
            let raw = try await root.raw("token.list", ["all": true])
            #expect(!"\(raw.jsonValue)".contains("hash"))
            #expect(!"\(raw.jsonValue)".contains("secret"))
        }
    }

    @Test func revokeIsImmediateAndRevokingAgainSaysItWasAlreadyRevoked() async throws {
        try await ContactKit.withDaemon { daemon in
            let root = try ContactSocket(daemon)
            let (_, contact) = try await Self.contact(root)
            let token = try await root.call(TokenIssue.self, .init(contactId: contact)).token
            let revoked = try await root.call(TokenRevoke.self, .init(id: token.id))
            #expect(revoked.revokedAt != nil)
            #expect(try await ContactKit.count("member_token", "revoked_at IS NOT NULL") == 1)
            #expect(try await ContactKit.count("audit_log", "method = 'token.revoke'") == 1)
            #expect(try await ContactKit.psql("SELECT (before->>'revokedAt' IS NULL) || '|' || (after->>'revokedAt' IS NOT NULL) FROM audit_log WHERE method = 'token.revoke'")
                == "true|true")
            let again = try await root.failure(TokenRevoke.self, .init(id: token.id))
            #expect(again.kind == "conflict")
            #expect(again.message == "token \(token.id) was already revoked at \(revoked.revokedAt ?? "?")")
            let keyed = try await root.failure(TokenRevoke.self, .init(id: token.id, idempotencyKey: "r"))
            #expect(keyed.kind == "conflict")
            #expect(try await ContactKit.count("audit_log", "method = 'token.revoke'") == 1, "no second audit row")
        }
    }
}
