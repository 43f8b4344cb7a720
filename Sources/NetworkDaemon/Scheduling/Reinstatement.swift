import NetworkCore
import NetworkStore
import Postgres

/// Returning a lapsed member to active when its arrears are paid: in the transaction of the
/// payment (or credit) that clears them, as a stored transition, with its notice queued.
enum Reinstatement {
    /// Reinstates member `memberId` if it is lapsed and owes nothing overdue any more.
    ///
    /// - Parameter reason: why, for its history ("arrears cleared by payment 12 on CCIN-2027-0001").
    /// - Returns: Whether it was reinstated.
    static func ifArrearsCleared(memberId: Int64, actor: String, reason: String, on connection: PostgresConnection) throws -> Bool {
        let member = try MemberStore.require(memberId, forUpdate: true, on: connection)
        guard member.status == .lapsed, try LapseStore.arrears(memberId: memberId, on: connection) == 0 else { return false }
        _ = try member.status.applying(.renew)
        _ = try MemberStore.changeStatus(of: member, to: .active, actor: actor, reason: reason, on: connection)
        let today = try MemberStore.today(on: connection)
        try OutboxStore.enqueue(OutboxMessage(template: MailTemplate.reinstatement, memberId: memberId, invoiceId: nil,
                                              factsJSON: "{\"on\": \"\(today)\"}", recipients: nil, attachInvoice: false,
                                              createdBy: actor), on: connection)
        return true
    }
}
