import NetworkCore
import Postgres

/// What `member.list` asks for: filters, a page size and where the previous page ended.
public struct MemberListFilter: Sendable, Hashable {
    public var tier: String?
    /// The statuses to list; `nil` for every status.
    public var statuses: Set<MemberStatus>?
    public var kind: String?
    /// Exact match.
    public var region: String?
    /// Case-insensitive text contained in the name; matched literally (`%`, `_` and `\` are not
    /// wildcards).
    public var search: String?
    public var limit: Int
    public var after: MemberListPosition?

    public init(tier: String? = nil, statuses: Set<MemberStatus>? = nil, kind: String? = nil, region: String? = nil,
                search: String? = nil, limit: Int = 50, after: MemberListPosition? = nil) {
        self.tier = tier
        self.statuses = statuses
        self.kind = kind
        self.region = region
        self.search = search
        self.limit = limit
        self.after = after
    }
}

/// A position in the list's order: `lower(name)` then `id`. The last row of a page.
public struct MemberListPosition: Sendable, Hashable {
    /// The member's name as PostgreSQL lower-cases it (not Swift: the two may differ).
    public var nameKey: String
    public var id: Int64

    public init(nameKey: String, id: Int64) {
        self.nameKey = nameKey
        self.id = id
    }
}

extension MemberStore {
    /// One page of members in `lower(name), id` order, after `filter.after`.
    ///
    /// Keyset pagination: each page is an index range scan starting at the previous page's last
    /// key (`member_name_order_idx`, or the tier/status indexes when those filter), so the last
    /// page of 100,000 members costs what the first does. Ties in name are broken by id, so the
    /// order is total and a page never repeats or skips a member.
    ///
    /// - Returns: up to `filter.limit` members, and where the page ended when more follow.
    public static func list(
        _ filter: MemberListFilter, on connection: PostgresConnection
    ) throws -> (members: [MemberRecord], next: MemberListPosition?) {
        var sql: SQL = "SELECT \(MemberRecord.columns), lower(m.name) AS name_key FROM member m WHERE true"
        if let tier = filter.tier { sql.append(" AND m.tier = \(tier)") }
        if let statuses = filter.statuses, statuses != Set(MemberStatus.allCases) {
            sql.append(" AND m.status = ANY(\(statuses.map(\.rawValue).sorted())::text[])")
        }
        if let kind = filter.kind { sql.append(" AND m.kind = \(kind)") }
        if let region = filter.region { sql.append(" AND m.region = \(region)") }
        if let search = filter.search, !search.isEmpty {
            sql.append(" AND m.name ILIKE \("%" + likeEscaped(search) + "%") ESCAPE '\\'")
        }
        if let after = filter.after {
            sql.append(" AND (lower(m.name), m.id) > (\(after.nameKey), \(after.id))")
        }
        sql.append(" ORDER BY lower(m.name), m.id LIMIT \(filter.limit + 1)")
        let rows = try connection.query(sql)
        var members: [MemberRecord] = []
        var keys: [String] = []
        for row in rows {
            members.append(try MemberRecord(row: row))
            keys.append(try row.decode("name_key"))
        }
        guard members.count > filter.limit else { return (members, nil) }
        let last = filter.limit - 1
        return (Array(members.prefix(filter.limit)), MemberListPosition(nameKey: keys[last], id: members[last].id))
    }

    /// `text` with LIKE's wildcards and its escape character escaped, so it matches literally.
    static func likeEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "\\" || character == "%" || character == "_" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// How many members are current (active, lapsed, suspended): exactly the members
    /// `member.list` lists by default, for `daemon.status`.
    public static var currentCount: PostgresQuery<Int> {
        let current = MemberStatusFilter.current.statuses.map(\.rawValue).sorted()
        return PostgresQuery("SELECT count(*) AS n FROM member WHERE status = ANY(\(current)::text[])") {
            try $0.first?.decode("n", as: Int.self) ?? 0
        }
    }
}
