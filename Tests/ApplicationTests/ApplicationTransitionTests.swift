import AdminProtocol
import NetworkCore
import MembershipTestSupport
import NetworkTestSupport
import Testing

/// The database's application lifecycle agrees with the core state machine, and its trigger
/// refuses any other status change, even one made directly in SQL.
@Suite("Application transitions in the database", .freshDatabase)
struct ApplicationTransitionTests {
    @Test func theDatabaseTransitionTableEqualsTheCoreStateMachine() async throws {
        try await withMembership { h in
            let rows = try await h.psql("SELECT from_status || '|' || to_status FROM application_status_transition")
            let pairs = Set(rows.split(separator: "\n").map { $0.split(separator: "|").map(String.init) })
            #expect(pairs == ApplicationStatus.allowedPairs)
        }
    }

    @Test func theTriggerRefusesAnIllegalStatusChangeMadeDirectlyInSQL() async throws {
        try await withMembership { h in
            let submitted = try await h.call(ApplicationSubmit.self, MembershipHarness.application("Bangor City Council")).id
            // Approval skips the recommendation: the core refuses it, and so does the database.
            let skipped = await MembershipHarness.offThread {
                try h.database.psql("""
                    UPDATE application SET status = 'approved', recommendation = 'approve', starts_on = network_today(),
                        decided_at = now() WHERE id = \(submitted)
                    """)
            }
            #expect("\(skipped)".contains("application \(submitted) cannot change from submitted to approved"), "\(skipped)")
            #expect(try await h.psql("SELECT status FROM application WHERE id = \(submitted)") == "submitted")

            let rejected = try await h.call(ApplicationSubmit.self, MembershipHarness.application("Conwy County Borough Council")).id
            _ = try await h.call(ApplicationReject.self, .init(id: rejected, reason: "does not share our values"))
            let reopened = await MembershipHarness.offThread {
                try h.database.psql("""
                    UPDATE application SET status = 'submitted', decision_reason = NULL, decided_at = NULL WHERE id = \(rejected)
                    """)
            }
            #expect("\(reopened)".contains("cannot change from rejected to submitted"), "\(reopened)")
            #expect(try await h.psql("SELECT status FROM application WHERE id = \(rejected)") == "rejected")
        }
    }

    @Test func theTriggerAllowsTheValuesBoardToReviseItsRecommendation() async throws {
        try await withMembership { h in
            let id = try await h.call(ApplicationSubmit.self, MembershipHarness.application("Gwynedd Council")).id
            _ = try await h.call(ApplicationRecommend.self, .init(id: id, recommendation: "reject"))
            _ = try await h.psql("UPDATE application SET status = 'recommended', recommendation = 'approve' WHERE id = \(id)")
            #expect(try await h.psql("SELECT status || '|' || recommendation FROM application WHERE id = \(id)") == "recommended|approve")
        }
    }
}
