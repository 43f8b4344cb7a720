import NetworkCore
import Postgres

/// A member row as stored.
public struct MemberRecord: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var kind: String
    public var tier: String
    public var status: MemberStatus
    public var nation: Nation
    public var region: String?
    public var website: String?
    public var population: Int?
    public var budgetRevenue: Int64?
    public var budgetCapital: Int64?
    /// YYYY-MM-DD, set once when membership starts.
    public var memberSince: String?
    public var poRequired: Bool
    public var version: Int
    /// ISO 8601.
    public var createdAt: String
    public var updatedAt: String

    /// The details the core rules check.
    public var details: MemberDetails {
        get {
            MemberDetails(name: name, kind: kind, nation: nation, region: region, website: website, population: population,
                          budgetRevenue: budgetRevenue, budgetCapital: budgetCapital)
        }
        set {
            name = newValue.name
            kind = newValue.kind
            nation = newValue.nation
            region = newValue.region
            website = newValue.website
            population = newValue.population
            budgetRevenue = newValue.budgetRevenue
            budgetCapital = newValue.budgetCapital
        }
    }

    /// The select list that ``init(row:)`` reads (`m` is the member table's alias).
    static let columns: SQL = """
        m.id, m.name, m.kind, m.tier, m.status, m.nation, m.region, m.website, m.population, m.budget_revenue,
        m.budget_capital, m.member_since::text AS member_since, m.po_required, m.version,
        to_json(m.created_at) #>> '{}' AS created_at, to_json(m.updated_at) #>> '{}' AS updated_at
        """

    init(row: PostgresRow) throws {
        id = try row.decode("id")
        name = try row.decode("name")
        kind = try row.decode("kind")
        tier = try row.decode("tier")
        let statusText: String = try row.decode("status")
        let nationText: String = try row.decode("nation")
        guard let status = MemberStatus(rawValue: statusText), let nation = Nation(rawValue: nationText) else {
            throw PostgresError(kind: .decoding, message: "member \(id) has an unknown status or nation", column: "status")
        }
        self.status = status
        self.nation = nation
        region = try row.decode("region", as: String?.self)
        website = try row.decode("website", as: String?.self)
        population = try row.decode("population", as: Int?.self)
        budgetRevenue = try row.decode("budget_revenue", as: Int64?.self)
        budgetCapital = try row.decode("budget_capital", as: Int64?.self)
        memberSince = try row.decode("member_since", as: String?.self)
        poRequired = try row.decode("po_required")
        version = try row.decode("version")
        createdAt = try row.decode("created_at")
        updatedAt = try row.decode("updated_at")
    }
}
