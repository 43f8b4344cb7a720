import NetworkCore
import Postgres

/// An application row as stored, with the applicant's name.
public struct ApplicationRecord: Sendable, Hashable {
    public var id: Int64
    public var memberID: Int64
    public var memberName: String
    public var tierSought: String
    public var statement: String
    public var status: ApplicationStatus
    public var recommendation: String?
    public var recommendationNote: String?
    public var recommendedBy: String?
    public var recommendedAt: String?
    public var decisionReason: String?
    public var decidedBy: String?
    public var decidedAt: String?
    public var startsOn: String?
    public var submittedBy: String
    public var submittedAt: String
    public var version: Int

    /// The select list ``init(row:)`` reads (`a` is the application, `m` its member).
    static let columns: SQL = """
        a.id, a.member_id, m.name AS member_name, a.tier_sought, a.statement, a.status, a.recommendation,
        a.recommendation_note, a.recommended_by, to_json(a.recommended_at) #>> '{}' AS recommended_at, a.decision_reason,
        a.decided_by, to_json(a.decided_at) #>> '{}' AS decided_at, a.starts_on::text AS starts_on, a.submitted_by,
        to_json(a.submitted_at) #>> '{}' AS submitted_at, a.version
        """

    init(row: PostgresRow) throws {
        id = try row.decode("id")
        memberID = try row.decode("member_id")
        memberName = try row.decode("member_name")
        tierSought = try row.decode("tier_sought")
        statement = try row.decode("statement")
        let statusText: String = try row.decode("status")
        guard let status = ApplicationStatus(rawValue: statusText) else {
            throw PostgresError(kind: .decoding, message: "application \(id) has unknown status \(statusText)", column: "status")
        }
        self.status = status
        recommendation = try row.decode("recommendation", as: String?.self)
        recommendationNote = try row.decode("recommendation_note", as: String?.self)
        recommendedBy = try row.decode("recommended_by", as: String?.self)
        recommendedAt = try row.decode("recommended_at", as: String?.self)
        decisionReason = try row.decode("decision_reason", as: String?.self)
        decidedBy = try row.decode("decided_by", as: String?.self)
        decidedAt = try row.decode("decided_at", as: String?.self)
        startsOn = try row.decode("starts_on", as: String?.self)
        submittedBy = try row.decode("submitted_by")
        submittedAt = try row.decode("submitted_at")
        version = try row.decode("version")
    }
}
