import NetworkCore
import Postgres

/// Lapses members whose subscription is unpaid past the grace period, in one statement: the
/// status, its stored transition, the lapse notice in the outbox and the audit entry.
///
/// Guarantees: a member is lapsed once — the update re-checks `status = 'active'` on the
/// locked row, so a second run at the same time finds nothing to do — and only for a
/// subscription or tier-change invoice still owed `graceDays` or more days after its due date.
public enum LapseStore {
    /// Lapses every active member owing such an invoice; returns how many.
    public static func lapse(graceDays: Int, actor: String, actorRole: String, requestID: String, method: String,
                             on connection: PostgresConnection) throws -> Int {
        let row = try connection.query("""
            WITH overdue AS (
                SELECT DISTINCT ON (i.member_id) i.member_id, i.id AS invoice_id, i.number_text, network_today() - i.due_on AS days
                FROM invoice i
                WHERE i.status IN ('issued', 'part_paid') AND i.kind IN ('subscription', 'adjustment')
                  AND i.due_on + \(graceDays)::int <= network_today()
                ORDER BY i.member_id, i.due_on, i.id
            ), lapsed AS (
                UPDATE member m SET status = 'lapsed', version = m.version + 1, updated_at = clock_timestamp()
                FROM overdue o
                WHERE m.id = o.member_id AND m.status = 'active'
                RETURNING m.id, m.version, o.invoice_id, o.number_text, o.days
            ), reasons AS (
                SELECT l.*, 'invoice ' || l.number_text || ' unpaid ' || l.days || ' days after its due date (grace period '
                            || \(graceDays) || ' days)' AS reason
                FROM lapsed l
            ), changes AS (
                INSERT INTO member_status_change (member_id, from_status, to_status, actor, reason)
                SELECT id, 'active', 'lapsed', \(actor), reason FROM reasons
                RETURNING member_id
            ), messages AS (
                INSERT INTO outbox (template, member_id, invoice_id, facts, created_by)
                SELECT 'lapse-notice', id, invoice_id, jsonb_build_object('on', network_today(), 'daysOverdue', days), \(actor)
                FROM reasons
                RETURNING id
            ), audit AS (
                INSERT INTO audit_log (request_id, actor, actor_role, method, target, before, after)
                SELECT \(requestID), \(actor), \(actorRole), \(method), 'member:' || id,
                       jsonb_build_object('status', 'active', 'version', version - 1),
                       jsonb_build_object('status', 'lapsed', 'version', version, 'reason', reason)
                FROM reasons
                RETURNING id
            )
            SELECT (SELECT count(*) FROM lapsed)::int AS lapsed, (SELECT count(*) FROM changes)::int AS changes,
                   (SELECT count(*) FROM messages)::int AS messages, (SELECT count(*) FROM audit)::int AS audited
            """).first
        return try row?.decode("lapsed") ?? 0
    }
}

extension LapseStore {
    /// The member's subscription and tier-change invoices still owed after their due date:
    /// its arrears, which must all be cleared for a lapsed member to be reinstated.
    public static func arrears(memberId: Int64, on connection: PostgresConnection) throws -> Int {
        try connection.query("""
            SELECT count(*)::int AS n FROM invoice
            WHERE member_id = \(memberId) AND status IN ('issued', 'part_paid') AND kind IN ('subscription', 'adjustment')
              AND due_on < network_today()
            """).first?.decode("n") ?? 0
    }
}
