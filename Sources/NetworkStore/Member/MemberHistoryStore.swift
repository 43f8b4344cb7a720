import NetworkCore
import Postgres

/// One change in a member's history: its status or its tier.
public struct MemberHistoryRecord: Sendable, Hashable {
    /// `status` or `tier`.
    public var change: String
    /// The previous status or tier; `nil` for the first entry.
    public var from: String?
    public var to: String
    /// ISO 8601.
    public var at: String
    /// For tier changes: the date it takes effect.
    public var effectiveOn: String?
    /// For tier changes: the organisation kind before (`nil` for the first entry) and after.
    public var fromKind: String?
    public var toKind: String?
    public var actor: String
    public var reason: String?
}

/// Reads a member's status and tier history, merged in time order.
public enum MemberHistoryStore {
    /// Every status and tier change of member `id`, oldest first. Entries written in the same
    /// transaction keep the order they were written in (status first, as `member.create` writes
    /// them).
    public static func entries(of id: Int64, on connection: PostgresConnection) throws -> [MemberHistoryRecord] {
        let rows = try connection.query("""
            SELECT change, from_value, to_value, to_json(at) #>> '{}' AS at_text, effective_on, from_kind, to_kind, actor,
                   reason FROM (
                SELECT 'status' AS change, 0 AS source, id, from_status AS from_value, to_status AS to_value, at,
                       NULL::text AS effective_on, NULL::text AS from_kind, NULL::text AS to_kind, actor, reason
                FROM member_status_change WHERE member_id = \(id)
                UNION ALL
                SELECT 'tier', 1, id, from_tier, to_tier, at, effective_on::text, from_kind, to_kind, actor, reason
                FROM member_tier_change WHERE member_id = \(id)
            ) h ORDER BY at, source, id
            """)
        return try rows.map { row in
            MemberHistoryRecord(
                change: try row.decode("change"), from: try row.decode("from_value", as: String?.self),
                to: try row.decode("to_value"), at: try row.decode("at_text"),
                effectiveOn: try row.decode("effective_on", as: String?.self),
                fromKind: try row.decode("from_kind", as: String?.self), toKind: try row.decode("to_kind", as: String?.self),
                actor: try row.decode("actor"),
                reason: try row.decode("reason", as: String?.self))
        }
    }
}
