import AdminProtocol
import NetworkStore

/// The wire form of a stored application, built field by field (the wire struct is the contract).
extension ApplicationWire {
    init(_ record: ApplicationRecord) {
        self.init(
            id: record.id, memberId: record.memberID, memberName: record.memberName, tierSought: record.tierSought,
            statement: record.statement, status: record.status.rawValue, recommendation: record.recommendation,
            recommendationNote: record.recommendationNote, recommendedBy: record.recommendedBy,
            recommendedAt: record.recommendedAt, decisionReason: record.decisionReason, decidedBy: record.decidedBy,
            decidedAt: record.decidedAt, startsOn: record.startsOn, submittedBy: record.submittedBy,
            submittedAt: record.submittedAt, version: record.version)
    }
}
