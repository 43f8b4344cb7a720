import Postgres
import Testing

@Suite("SQLSTATE and error classification")
struct SQLStateTests {
    @Test func namedConstantsMatchTheirCodes() {
        #expect(SQLState.uniqueViolation.rawValue == "23505")
        #expect(SQLState.exclusionViolation.rawValue == "23P01")
        #expect(SQLState.serializationFailure.rawValue == "40001")
        #expect(SQLState.deadlockDetected.rawValue == "40P01")
        #expect(SQLState.adminShutdown.rawValue == "57P01")
        #expect(SQLState.raiseException.rawValue == "P0001")
        #expect(SQLState.uniqueViolation.classCode == "23")
        #expect(SQLState(rawValue: "08006") == .connectionFailure)
    }

    @Test(arguments: [
        (PostgresError.Kind.server, SQLState.serializationFailure, true),
        (.server, .deadlockDetected, true),
        (.server, .connectionFailure, true),
        (.server, "08XYZ", true),
        (.server, .adminShutdown, true),
        (.server, .crashShutdown, true),
        (.server, .cannotConnectNow, true),
        (.server, .uniqueViolation, false),
        (.server, .queryCanceled, false),
        (.server, .lockNotAvailable, false),
        (.connectionLost, .adminShutdown, true),
        (.decoding, .serializationFailure, false),
    ] as [(PostgresError.Kind, SQLState, Bool)])
    func retryableClassification(kind: PostgresError.Kind, code: SQLState, retryable: Bool) {
        #expect(PostgresError(kind: kind, code: code, message: "m").isRetryable == retryable)
    }

    @Test func connectionKindsAreRetryableWithoutACode() {
        #expect(PostgresError(kind: .connectionLost, message: "m").isRetryable)
        #expect(PostgresError(kind: .connectFailed, message: "m").isRetryable)
        #expect(!PostgresError(kind: .poolClosed, message: "m").isRetryable)
        #expect(!PostgresError(kind: .server, message: "m").isRetryable)
    }

    @Test func descriptionWithholdsDetailsThatDebugDescriptionShows() {
        let error = PostgresError(
            kind: .server, code: .uniqueViolation, message: "duplicate key value",
            detail: "Key (email)=(secret@example.com) already exists.", constraint: "member_email_key",
            query: "INSERT INTO member (email) VALUES ($1)"
        )
        #expect(!error.description.contains("secret"))
        #expect(!error.description.contains("INSERT"))
        #expect(error.description.contains("23505"))
        #expect(String(reflecting: error).contains("secret@example.com"))
        #expect(String(reflecting: error).contains("member_email_key"))
    }
}
