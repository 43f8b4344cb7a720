import NetworkCore
import Postgres

/// Decides invoice reminders: one `invoice_reminder` row per (invoice, step), and for each
/// step sent its message in the outbox, in one statement.
///
/// Guarantees:
/// - A step is decided once: its row is inserted `ON CONFLICT DO NOTHING`, and a message is
///   queued only for a row this statement inserted (the message's id is drawn first, the
///   reminder row names it, and the outbox row is written only for reminder rows that went
///   in), so two runs at once still queue each reminder once.
/// - Only invoices still owed (`issued`, `part_paid`) are reminded: a paid or cancelled one
///   gets no further step. Each invoice counts its own steps.
/// - When a run finds several steps reached at once (a daemon was down), only the last is
///   sent; the earlier ones are recorded as `skipped`.
public enum ReminderStore {
    /// What one run decided.
    public struct Decided: Sendable, Hashable {
        public var sent: Int
        public var skipped: Int
    }

    /// Decides every reminder due today for `steps`, for job run `run`.
    public static func decide(_ steps: ReminderSteps, run: Int64?, actor: String, actorRole: String, requestID: String,
                              method: String, on connection: PostgresConnection) throws -> Decided {
        guard let first = steps.days.first else { return Decided(sent: 0, skipped: 0) }
        let row = try connection.query("""
            WITH steps AS (
                SELECT s.step::smallint AS step, s.days FROM unnest(\(steps.days)::int[]) WITH ORDINALITY AS s(days, step)
            ), overdue AS (
                SELECT i.id, i.member_id, i.number_text, network_today() - i.due_on AS days_overdue,
                       coalesce((SELECT max(r.step) FROM invoice_reminder r WHERE r.invoice_id = i.id), 0) AS decided
                FROM invoice i
                WHERE i.status IN ('issued', 'part_paid') AND i.due_on + \(first)::int <= network_today()
            ), reached AS (
                SELECT o.id AS invoice_id, o.member_id, o.number_text, o.days_overdue, s.step, s.days,
                       s.step = max(s.step) OVER (PARTITION BY o.id) AS sent
                FROM overdue o JOIN steps s ON s.days <= o.days_overdue AND s.step > o.decided
            ), due AS (
                SELECT r.*, CASE WHEN r.sent THEN nextval(pg_get_serial_sequence('outbox', 'id')) END AS outbox_id FROM reached r
            ), reminders AS (
                INSERT INTO invoice_reminder (invoice_id, step, days_after_due, decided_on, outcome, outbox_id, job_run_id)
                SELECT invoice_id, step, days, network_today(), CASE WHEN sent THEN 'sent' ELSE 'skipped' END, outbox_id, \(run)::bigint
                FROM due
                ON CONFLICT (invoice_id, step) DO NOTHING
                RETURNING invoice_id, step, outcome, outbox_id
            ), messages AS (
                INSERT INTO outbox (id, template, member_id, invoice_id, facts, attach_invoice, created_by)
                OVERRIDING SYSTEM VALUE
                SELECT r.outbox_id, 'reminder', d.member_id, r.invoice_id,
                       jsonb_build_object('step', r.step, 'steps', \(steps.days.count)::int, 'daysAfterDue', d.days,
                                          'daysOverdue', d.days_overdue),
                       true, \(actor)
                FROM reminders r JOIN due d USING (invoice_id, step)
                WHERE r.outbox_id IS NOT NULL
                RETURNING id, invoice_id
            ), audit AS (
                INSERT INTO audit_log (request_id, actor, actor_role, method, target, after)
                SELECT \(requestID), \(actor), \(actorRole), \(method), 'invoice:' || r.invoice_id,
                       jsonb_build_object('reminder', r.step, 'outcome', r.outcome, 'messageId', r.outbox_id,
                                          'number', d.number_text, 'daysOverdue', d.days_overdue)
                FROM reminders r JOIN due d USING (invoice_id, step)
                RETURNING id
            )
            SELECT (SELECT count(*) FROM reminders WHERE outcome = 'sent')::int AS sent,
                   (SELECT count(*) FROM reminders WHERE outcome = 'skipped')::int AS skipped,
                   (SELECT count(*) FROM messages)::int AS messages,
                   (SELECT count(*) FROM audit)::int AS audited
            """).first
        guard let row else { throw PostgresError(kind: .decoding, message: "the reminder run returned nothing", column: nil) }
        return Decided(sent: try row.decode("sent"), skipped: try row.decode("skipped"))
    }

    /// The reminders decided for invoice `id`, by step.
    public static func of(invoice id: Int64, on connection: PostgresConnection) throws -> [ReminderRecord] {
        try connection.query("""
            SELECT invoice_id, step, days_after_due, decided_on::text AS decided_on, outcome, outbox_id
            FROM invoice_reminder WHERE invoice_id = \(id) ORDER BY step
            """).map { row in
            ReminderRecord(invoiceId: try row.decode("invoice_id"), step: try row.decode("step"), daysAfterDue: try row.decode("days_after_due"),
                           decidedOn: try row.decode("decided_on"), outcome: try row.decode("outcome"), messageId: try row.decode("outbox_id"))
        }
    }
}

/// One reminder step of an invoice as decided.
public struct ReminderRecord: Sendable, Hashable, Codable {
    public var invoiceId: Int64
    public var step: Int
    public var daysAfterDue: Int
    public var decidedOn: String
    /// `sent` or `skipped`.
    public var outcome: String
    /// The outbox message of a sent step.
    public var messageId: Int64?
}
