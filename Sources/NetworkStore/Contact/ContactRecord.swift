import NetworkCore

/// A member's contact as stored, with its roles.
///
/// `roles` and `primaryRoles` are in `ContactRole.allCases` order, and `primaryRoles` is always a
/// subset of `roles` (the store writes them together).
public struct ContactRecord: Sendable, Hashable {
    public var id: Int64
    public var memberID: Int64
    public var name: String
    public var email: String
    public var phone: String?
    public var jobTitle: String?
    public var roles: [ContactRole]
    public var primaryRoles: [ContactRole]
    public var version: Int

    public init(id: Int64 = 0, memberID: Int64, name: String, email: String, phone: String?, jobTitle: String?,
                roles: [ContactRole], primaryRoles: [ContactRole], version: Int = 1) {
        self.id = id
        self.memberID = memberID
        self.name = name
        self.email = email
        self.phone = phone
        self.jobTitle = jobTitle
        self.roles = roles
        self.primaryRoles = primaryRoles
        self.version = version
    }

    /// Every invalid field, in wire names: name 1–200 characters, a valid e-mail address, phone
    /// up to 40 and job title up to 200 characters, primary roles among the roles.
    public var validationErrors: [FieldError] {
        var errors: [FieldError] = []
        let trimmed = name.trimmingWhitespace()
        if trimmed.isEmpty || trimmed.storedLength > 200 {
            errors.append(FieldError(field: "name", message: "must be 1 to 200 characters"))
        } else if name.containsControlCharacters {
            errors.append(FieldError(field: "name", message: "must not contain control characters"))
        }
        if !EmailAddress.isValid(email) {
            errors.append(FieldError(field: "email", message: "must be an e-mail address such as name@council.gov.uk"))
        }
        if let phone, phone.storedLength > 40 {
            errors.append(FieldError(field: "phone", message: "must be at most 40 characters"))
        }
        if let jobTitle, jobTitle.storedLength > 200 {
            errors.append(FieldError(field: "jobTitle", message: "must be at most 200 characters"))
        }
        let stray = primaryRoles.filter { !roles.contains($0) }
        if !stray.isEmpty {
            let names = stray.map(\.rawValue).joined(separator: ", ")
            errors.append(FieldError(field: "primaryRoles", message: "\(names) must also be in roles: a contact can only be primary for a role it holds"))
        }
        return errors
    }

    /// `roles` without duplicates, in `ContactRole.allCases` order (the order the store returns).
    public static func canonical(_ roles: [ContactRole]) -> [ContactRole] {
        ContactRole.allCases.filter { roles.contains($0) }
    }
}
