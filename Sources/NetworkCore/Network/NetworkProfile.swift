/// The network's own settings: its name, the short name that prefixes invoice series, the time
/// zone dates are shown in, its currency, when its membership year starts, and the year it was
/// founded (no membership date may fall before it).
///
/// One row in the database; every change bumps `version` so that two secretaries cannot overwrite
/// each other (`expectedVersion`).
public struct NetworkProfile: Sendable, Hashable {
    public var name: String
    public var shortName: String
    public var timeZone: String
    public var currency: String
    /// Month (1–12) the membership year starts on; CCIN's runs 1 August – 31 July.
    public var yearStartMonth: Int
    /// The year the network was founded; CCIN's default 2012. Membership dates before it are
    /// implausible and refused.
    public var foundingYear: Int
    public var version: Int

    public init(name: String, shortName: String, timeZone: String, currency: String, yearStartMonth: Int,
                foundingYear: Int = 2012, version: Int) {
        self.name = name
        self.shortName = shortName
        self.timeZone = timeZone
        self.currency = currency
        self.yearStartMonth = yearStartMonth
        self.foundingYear = foundingYear
        self.version = version
    }

    /// Checks the rules that do not need the database (time zones are checked against
    /// PostgreSQL's own list by the store).
    ///
    /// - Returns: every problem found, empty when valid.
    public func validationErrors() -> [FieldError] {
        var errors: [FieldError] = []
        // Lengths count Unicode scalars, as PostgreSQL's length() does.
        let trimmedName = name.trimmingWhitespace()
        if trimmedName.isEmpty || name.storedLength > 200 {
            errors.append(FieldError(field: "name", message: "must be 1 to 200 characters"))
        } else if name.containsControlCharacters {
            errors.append(FieldError(field: "name", message: "must not contain control characters"))
        }
        if !shortName.isEmpty, shortName.count <= 16,
            shortName.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) })
        {
            // fine
        } else {
            errors.append(FieldError(field: "shortName", message: "must be 1 to 16 capital letters or digits, e.g. CCIN"))
        }
        if currency.count != 3 || !currency.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            errors.append(FieldError(field: "currency", message: "must be an ISO 4217 code such as GBP"))
        }
        if !(1...12).contains(yearStartMonth) {
            errors.append(FieldError(field: "yearStartMonth", message: "must be a month number from 1 to 12"))
        }
        if !(1800...2999).contains(foundingYear) {
            errors.append(FieldError(field: "foundingYear", message: "must be a year such as 2012"))
        }
        if timeZone.isEmpty || timeZone.count > 64 {
            errors.append(FieldError(field: "timeZone", message: "must be an IANA time zone such as Europe/London"))
        }
        return errors
    }
}
