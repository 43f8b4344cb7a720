import NetworkCore
import Postgres

/// The outbox: messages queued in the transaction of the change that causes them, claimed by
/// one sender at a time, and their delivery.
///
/// Guarantees:
/// - ``claimDue(holder:lease:limit:on:)`` hands each due message to one sender: rows are
///   locked `FOR UPDATE SKIP LOCKED` and leased, so another daemon's sender passes over them
///   until the lease expires (the holder died).
/// - A rendered message is stored before its first hand-over and never rewritten
///   (`outbox_guard`), so every retry gives the MTA the same bytes and Message-ID.
/// - `sent` and `cancelled` are final.
public enum OutboxStore {
    private static let columns: SQL = """
        id, template, member_id, invoice_id, facts::text AS facts, recipients::text AS recipients, attach_invoice, status, attempts,
        to_json(next_attempt_at) #>> '{}' AS next_attempt_at, last_error, subject, message IS NOT NULL AS has_message, created_by,
        to_json(created_at) #>> '{}' AS created_at, to_json(sent_at) #>> '{}' AS sent_at
        """

    /// Queues `message` in the caller's transaction.
    ///
    /// - Returns: Its outbox id.
    @discardableResult
    public static func enqueue(_ message: OutboxMessage, on connection: PostgresConnection) throws -> Int64 {
        guard let row = try connection.query("""
            INSERT INTO outbox (template, member_id, invoice_id, facts, recipients, attach_invoice, created_by)
            VALUES (\(message.template), \(message.memberId), \(message.invoiceId), \(message.factsJSON)::jsonb,
                    \(try message.recipients.map(JSONText.encode))::jsonb, \(message.attachInvoice), \(message.createdBy))
            RETURNING id
            """).first else { throw PostgresError(kind: .decoding, message: "outbox insert returned nothing", column: nil) }
        return try row.decode("id")
    }

    /// Up to `limit` queued messages whose next attempt is due, leased to `holder` for `lease`
    /// seconds, oldest first.
    public static func claimDue(holder: String, lease: Int, limit: Int, on connection: PostgresConnection) throws -> [OutboxRecord] {
        try connection.query("""
            UPDATE outbox SET holder = \(holder), lease_until = clock_timestamp() + make_interval(secs => \(lease))
            WHERE id IN (SELECT id FROM outbox
                         WHERE status = 'queued' AND next_attempt_at <= clock_timestamp()
                           AND (lease_until IS NULL OR lease_until < clock_timestamp())
                         ORDER BY next_attempt_at, id
                         LIMIT \(limit)
                         FOR UPDATE SKIP LOCKED)
            RETURNING \(columns)
            """).map(record).sorted { $0.id < $1.id }
    }

    /// The stored message text of `id`, if rendered.
    public static func message(_ id: Int64, on connection: PostgresConnection) throws -> String? {
        try connection.query("SELECT message FROM outbox WHERE id = \(id)").first?.decode("message")
    }

    /// Keeps the rendered `message` (and its subject and recipients) of `id`, once.
    public static func storeRendered(_ id: Int64, subject: String, recipients: [OutboxRecipient], message: String,
                                     on connection: PostgresConnection) throws {
        try connection.execute("""
            UPDATE outbox SET subject = \(subject), recipients = \(try JSONText.encode(recipients))::jsonb, message = \(message)
            WHERE id = \(id) AND message IS NULL AND status = 'queued'
            """)
    }

    /// Records that the MTA accepted `id`.
    public static func markSent(_ id: Int64, on connection: PostgresConnection) throws {
        try connection.execute("""
            UPDATE outbox SET status = 'sent', sent_at = clock_timestamp(), attempts = attempts + 1, holder = NULL, lease_until = NULL,
                   last_error = NULL
            WHERE id = \(id) AND status = 'queued'
            """)
    }

    /// Records a failed attempt: the next one after `retryAfter` seconds, or `failed` for good
    /// once `maxAttempts` were made.
    public static func markAttemptFailed(_ id: Int64, error: String, retryAfter: Int, maxAttempts: Int, on connection: PostgresConnection) throws {
        try connection.execute("""
            UPDATE outbox SET attempts = attempts + 1, last_error = \(String(error.prefix(2000))), holder = NULL, lease_until = NULL,
                   status = CASE WHEN attempts + 1 >= \(maxAttempts) THEN 'failed' ELSE 'queued' END,
                   next_attempt_at = clock_timestamp() + make_interval(secs => \(retryAfter))
            WHERE id = \(id) AND status = 'queued'
            """)
    }

    /// Cancels queued message `id` for good, with `reason` (nothing to send it to).
    public static func cancel(_ id: Int64, reason: String, on connection: PostgresConnection) throws {
        try connection.execute("""
            UPDATE outbox SET status = 'cancelled', last_error = \(String(reason.prefix(2000))), holder = NULL, lease_until = NULL
            WHERE id = \(id) AND status = 'queued'
            """)
    }

    /// Puts failed message `id` back in the queue, due now, with its attempts reset.
    ///
    /// - Returns: `false` when it is not failed.
    public static func retry(_ id: Int64, on connection: PostgresConnection) throws -> Bool {
        try connection.execute("""
            UPDATE outbox SET status = 'queued', attempts = 0, next_attempt_at = clock_timestamp(), holder = NULL, lease_until = NULL
            WHERE id = \(id) AND status = 'failed'
            """) == 1
    }

    /// Message `id`, or `nil`.
    public static func get(_ id: Int64, forUpdate: Bool = false, on connection: PostgresConnection) throws -> OutboxRecord? {
        try connection.query("SELECT \(columns) FROM outbox WHERE id = \(id) \(forUpdate ? SQL(unsafe: "FOR UPDATE") : SQL(unsafe: ""))")
            .first.map(record)
    }

    /// Messages newest first, filtered by status, member and invoice when given.
    public static func list(status: String?, memberId: Int64?, invoiceId: Int64?, before: Int64?, limit: Int,
                            on connection: PostgresConnection) throws -> [OutboxRecord] {
        try connection.query("""
            SELECT \(columns) FROM outbox
            WHERE (\(status)::text IS NULL OR status = \(status)) AND (\(memberId)::bigint IS NULL OR member_id = \(memberId))
              AND (\(invoiceId)::bigint IS NULL OR invoice_id = \(invoiceId)) AND (\(before)::bigint IS NULL OR id < \(before))
            ORDER BY id DESC LIMIT \(limit)
            """).map(record)
    }

    /// How many messages are in each status.
    public static let counts = PostgresQuery("SELECT status, count(*)::int AS n FROM outbox GROUP BY status") { result in
        var counts: [String: Int] = [:]
        for row in result {
            counts[try row.decode("status")] = try row.decode("n")
        }
        return counts
    }

    private static func record(_ row: PostgresRow) throws -> OutboxRecord {
        let recipients: String? = try row.decode("recipients")
        return OutboxRecord(
            id: try row.decode("id"), template: try row.decode("template"), memberId: try row.decode("member_id"),
            invoiceId: try row.decode("invoice_id"), factsJSON: try row.decode("facts"),
            recipients: try recipients.map { try JSONText.decode([OutboxRecipient].self, from: $0) },
            attachInvoice: try row.decode("attach_invoice"), status: try row.decode("status"), attempts: try row.decode("attempts"),
            nextAttemptAt: try row.decode("next_attempt_at"), lastError: try row.decode("last_error"), subject: try row.decode("subject"),
            hasMessage: try row.decode("has_message"), createdBy: try row.decode("created_by"), createdAt: try row.decode("created_at"),
            sentAt: try row.decode("sent_at"))
    }
}
