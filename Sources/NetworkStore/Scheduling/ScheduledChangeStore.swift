import NetworkCore
import Postgres

/// A change to a member due on a later date, as stored in `scheduled_change`.
public struct ScheduledChangeRecord: Sendable, Hashable {
    public var id: Int64
    public var memberId: Int64
    /// `tier`, `reinstate` or `start`.
    public var change: String
    public var effectiveOn: String
    /// A tier change's new tier and kind.
    public var toTier: String?
    public var toKind: String?
    public var reason: String?
    /// `pending`, `applied`, `cancelled` or `failed`.
    public var status: String
    public var createdBy: String
    public var createdAt: String
    public var settledBy: String?
    public var settledAt: String?
    public var note: String?
}

/// Schedules, cancels and settles changes that take effect later.
///
/// Guarantees: a member has at most one pending change of each kind (`scheduled_change_pending_key`);
/// a change is settled once — ``settle(_:status:by:note:run:on:)`` updates only a pending row,
/// and the `changes` job takes the row `FOR UPDATE SKIP LOCKED` before applying it, so two daemons
/// never apply the same change; a settled change never changes again (`scheduled_change_guard`).
public enum ScheduledChangeStore {
    private static let columns: SQL = """
        id, member_id, change, effective_on::text AS effective_on, to_tier, to_kind, reason, status, created_by,
        to_json(created_at) #>> '{}' AS created_at, settled_by, to_json(settled_at) #>> '{}' AS settled_at, note
        """

    /// Schedules `change` for member `memberId` on `effectiveOn`.
    ///
    /// - Throws: `NetworkError.conflict` when the member already has a pending change of that
    ///   kind (checked first, so that the message can name it; the unique index decides).
    public static func schedule(memberId: Int64, change: String, effectiveOn: String, toTier: String?, toKind: String?, reason: String?,
                                actor: String, on connection: PostgresConnection) throws -> ScheduledChangeRecord {
        let what = ["tier": "tier change", "reinstate": "reinstatement", "start": "start of membership"][change] ?? change
        if let pending = try self.pending(memberId: memberId, on: connection).first(where: { $0.change == change }) {
            throw NetworkError.conflict("member \(memberId) already has a \(what) scheduled for \(pending.effectiveOn) (change \(pending.id)); cancel it first")
        }
        do {
            guard let row = try connection.query("""
                INSERT INTO scheduled_change (member_id, change, effective_on, to_tier, to_kind, reason, created_by)
                VALUES (\(memberId), \(change), \(effectiveOn)::date, \(toTier), \(toKind), \(reason), \(actor))
                RETURNING \(columns)
                """).first else { throw PostgresError(kind: .decoding, message: "scheduled_change insert returned nothing", column: nil) }
            return try record(row)
        } catch let error as PostgresError where error.code == .uniqueViolation {
            throw NetworkError.conflict("member \(memberId) already has a \(what) scheduled; cancel it first")
        }
    }

    /// The change `id`, locked when `forUpdate`.
    public static func get(_ id: Int64, forUpdate: Bool = false, on connection: PostgresConnection) throws -> ScheduledChangeRecord? {
        try connection.query("SELECT \(columns) FROM scheduled_change WHERE id = \(id) \(forUpdate ? SQL(unsafe: "FOR UPDATE") : SQL(unsafe: ""))")
            .first.map(record)
    }

    /// The member's pending changes, soonest first.
    public static func pending(memberId: Int64, on connection: PostgresConnection) throws -> [ScheduledChangeRecord] {
        try connection.query("""
            SELECT \(columns) FROM scheduled_change WHERE member_id = \(memberId) AND status = 'pending' ORDER BY effective_on, id
            """).map(record)
    }

    /// The next pending change due by today (network clock), locked; one another transaction
    /// holds is passed over.
    public static func nextDue(on connection: PostgresConnection) throws -> ScheduledChangeRecord? {
        try connection.query("""
            SELECT \(columns) FROM scheduled_change
            WHERE status = 'pending' AND effective_on <= network_today()
            ORDER BY effective_on, id LIMIT 1 FOR UPDATE SKIP LOCKED
            """).first.map(record)
    }

    /// Settles pending change `id` as `status` (`applied`, `cancelled`, `failed`).
    ///
    /// - Returns: `false` when it was not pending.
    @discardableResult
    public static func settle(_ id: Int64, status: String, by actor: String, note: String?, run: Int64?, on connection: PostgresConnection) throws
        -> Bool
    {
        try connection.execute("""
            UPDATE scheduled_change SET status = \(status), settled_by = \(actor), settled_at = clock_timestamp(),
                   note = \(note.map { String($0.prefix(2000)) }), job_run_id = \(run)::bigint
            WHERE id = \(id) AND status = 'pending'
            """) == 1
    }

    /// Cancels every pending change of member `memberId` (it left, or was reinstated by hand).
    public static func cancelPending(memberId: Int64, change: String? = nil, by actor: String, note: String,
                                     on connection: PostgresConnection) throws -> Int {
        try connection.execute("""
            UPDATE scheduled_change SET status = 'cancelled', settled_by = \(actor), settled_at = clock_timestamp(), note = \(note)
            WHERE member_id = \(memberId) AND status = 'pending' AND (\(change)::text IS NULL OR change = \(change))
            """)
    }

    private static func record(_ row: PostgresRow) throws -> ScheduledChangeRecord {
        ScheduledChangeRecord(
            id: try row.decode("id"), memberId: try row.decode("member_id"), change: try row.decode("change"),
            effectiveOn: try row.decode("effective_on"), toTier: try row.decode("to_tier"), toKind: try row.decode("to_kind"),
            reason: try row.decode("reason"), status: try row.decode("status"), createdBy: try row.decode("created_by"),
            createdAt: try row.decode("created_at"), settledBy: try row.decode("settled_by"), settledAt: try row.decode("settled_at"),
            note: try row.decode("note"))
    }
}
