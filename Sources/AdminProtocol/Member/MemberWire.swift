import NetworkCore

/// A member on the wire.
public struct MemberWire: Codable, Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var kind: String
    public var tier: String
    public var status: MemberStatus
    public var nation: Nation
    public var region: String?
    public var website: String?
    public var population: Int?
    /// Controllable revenue budget in minor units (pence).
    public var budgetRevenue: Int64?
    /// Controllable capital budget in minor units (pence).
    public var budgetCapital: Int64?
    /// The date membership started ("member since"); never changes once set.
    public var memberSince: String?
    public var poRequired: Bool
    public var version: Int
    public var createdAt: String
    public var updatedAt: String

    public init(id: Int64, name: String, kind: String, tier: String, status: MemberStatus, nation: Nation, region: String?,
                website: String?, population: Int?, budgetRevenue: Int64?, budgetCapital: Int64?, memberSince: String?,
                poRequired: Bool, version: Int, createdAt: String, updatedAt: String) {
        self.id = id
        self.name = name
        self.kind = kind
        self.tier = tier
        self.status = status
        self.nation = nation
        self.region = region
        self.website = website
        self.population = population
        self.budgetRevenue = budgetRevenue
        self.budgetCapital = budgetCapital
        self.memberSince = memberSince
        self.poRequired = poRequired
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

extension MemberWire: JSONSelfWriting {
    /// The members in the wire's key order; the optionals are left out when nil.
    public func writeMembers(to object: inout JSONObjectWriter) {
        object.write("budgetCapital", budgetCapital)
        object.write("budgetRevenue", budgetRevenue)
        object.write("createdAt", createdAt)
        object.write("id", id)
        object.write("kind", kind)
        object.write("memberSince", memberSince)
        object.write("name", name)
        object.write("nation", nation)
        object.write("poRequired", poRequired)
        object.write("population", population)
        object.write("region", region)
        object.write("status", status)
        object.write("tier", tier)
        object.write("updatedAt", updatedAt)
        object.write("version", version)
        object.write("website", website)
    }
}
