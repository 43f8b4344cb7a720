/// The rules for a member's own details that need no database: lengths, formats, and that a
/// council states its population and controllable budget (they set the fee band).
public struct MemberDetails: Sendable, Hashable {
    public var name: String
    public var kind: String
    public var nation: Nation
    public var region: String?
    public var website: String?
    public var population: Int?
    /// Revenue and capital controllable budget, in minor units (pence).
    public var budgetRevenue: Int64?
    public var budgetCapital: Int64?

    public init(name: String, kind: String, nation: Nation, region: String?, website: String?, population: Int?,
                budgetRevenue: Int64?, budgetCapital: Int64?) {
        self.name = name
        self.kind = kind
        self.nation = nation
        self.region = region
        self.website = website
        self.population = population
        self.budgetRevenue = budgetRevenue
        self.budgetCapital = budgetCapital
    }

    /// - Parameter isCouncil: whether `kind` is a council kind (from the kinds table).
    /// - Returns: every problem found.
    public func validationErrors(isCouncil: Bool) -> [FieldError] {
        var errors: [FieldError] = []
        let trimmed = name.trimmingWhitespace()
        if trimmed.isEmpty || trimmed.storedLength > 200 {
            errors.append(FieldError(field: "name", message: "must be 1 to 200 characters"))
        } else if name.containsControlCharacters {
            errors.append(FieldError(field: "name", message: "must not contain control characters"))
        }
        if let region, region.storedLength > 100 {
            errors.append(FieldError(field: "region", message: "must be at most 100 characters"))
        }
        if let website, !website.isEmpty {
            if website.storedLength > 300 || !(website.hasPrefix("https://") || website.hasPrefix("http://"))
                || website.contains(where: { $0.isWhitespace })
            {
                errors.append(FieldError(field: "website", message: "must be an http:// or https:// address"))
            }
        }
        if let population, population <= 0 || population > 100_000_000 {
            errors.append(FieldError(field: "population", message: "must be a positive number of residents"))
        }
        for (field, value) in [("budgetRevenue", budgetRevenue), ("budgetCapital", budgetCapital)] {
            if let value, value < 0 { errors.append(FieldError(field: field, message: "must not be negative")) }
        }
        if isCouncil {
            if population == nil {
                errors.append(FieldError(field: "population", message: "is required for a council (it sets the fee band)"))
            }
            if budgetRevenue == nil {
                errors.append(FieldError(field: "budgetRevenue", message: "is required for a council (it sets the fee band)"))
            }
            if budgetCapital == nil {
                errors.append(FieldError(field: "budgetCapital", message: "is required for a council (it sets the fee band)"))
            }
        }
        return errors
    }
}
