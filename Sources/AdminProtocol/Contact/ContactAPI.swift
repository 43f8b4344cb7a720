import NetworkCore

/// The contact area. A member's contacts: the named people, their roles, and UK GDPR export and erasure.
public enum ContactAPI: AdminArea {
    public static let name = "contact"
    public static let group = AreaGroup.membership
    public static let methods: [any AdminMethod.Type] = [
        ContactAdd.self, ContactUpdate.self, ContactRemove.self, ContactList.self, ContactGet.self, ContactExport.self,
        ContactErase.self,
    ]
}

extension OwnedRecord {
    /// A contact belongs to the member it is a contact of.
    public static let contact = OwnedRecord(entity: "contact")
}

/// A contact on the wire.
public struct ContactWire: Codable, Sendable, Hashable {
    public var id: Int64
    public var memberId: Int64
    public var name: String
    public var email: String
    public var phone: String?
    public var jobTitle: String?
    public var roles: [ContactRole]
    /// Roles for which this contact is the member's primary contact.
    public var primaryRoles: [ContactRole]
    public var version: Int

    public init(id: Int64, memberId: Int64, name: String, email: String, phone: String?, jobTitle: String?,
                roles: [ContactRole], primaryRoles: [ContactRole], version: Int) {
        self.id = id
        self.memberId = memberId
        self.name = name
        self.email = email
        self.phone = phone
        self.jobTitle = jobTitle
        self.roles = roles
        self.primaryRoles = primaryRoles
        self.version = version
    }
}

/// `contact.add`
public enum ContactAdd: Mutation {
    public static let name = "contact.add"
    public static let summary = "Add a named contact to a member, with roles; primaryRoles makes it the member's primary for those roles."
    public static let access: Access<Params> = .ownMember([.secretariat], \.memberId)

    public struct Params: MutationParams, Hashable {
        public var memberId: Int64
        public var name: String
        public var email: String
        public var phone: String?
        public var jobTitle: String?
        public var roles: [ContactRole]?
        public var primaryRoles: [ContactRole]?
        public var idempotencyKey: String?
        public var expectedVersion: Int? { nil }

        public init(memberId: Int64, name: String, email: String, phone: String? = nil, jobTitle: String? = nil,
                    roles: [ContactRole]? = nil, primaryRoles: [ContactRole]? = nil, idempotencyKey: String? = nil) {
            self.memberId = memberId
            self.name = name
            self.email = email
            self.phone = phone
            self.jobTitle = jobTitle
            self.roles = roles
            self.primaryRoles = primaryRoles
            self.idempotencyKey = idempotencyKey
        }

        enum CodingKeys: String, CodingKey { case memberId, name, email, phone, jobTitle, roles, primaryRoles, idempotencyKey }
    }

    public typealias Result = ContactWire
}

/// `contact.update`
public enum ContactUpdate: Mutation {
    public static let name = "contact.update"
    public static let summary = "Change a contact; fields left out keep their value; roles and primaryRoles replace the lists."
    public static let access: Access<Params> = .ownRecord([.secretariat], .contact, \.id)

    public struct Params: MutationParams, Hashable {
        public var id: Int64
        public var name: String?
        public var email: String?
        public var phone: String?
        public var jobTitle: String?
        public var roles: [ContactRole]?
        public var primaryRoles: [ContactRole]?
        public var expectedVersion: Int?
        public var idempotencyKey: String?

        public init(id: Int64, name: String? = nil, email: String? = nil, phone: String? = nil, jobTitle: String? = nil,
                    roles: [ContactRole]? = nil, primaryRoles: [ContactRole]? = nil, expectedVersion: Int? = nil,
                    idempotencyKey: String? = nil) {
            self.id = id
            self.name = name
            self.email = email
            self.phone = phone
            self.jobTitle = jobTitle
            self.roles = roles
            self.primaryRoles = primaryRoles
            self.expectedVersion = expectedVersion
            self.idempotencyKey = idempotencyKey
        }
    }

    public typealias Result = ContactWire
}

/// Params naming one contact.
public struct ContactRef: MutationParams, Hashable {
    public var id: Int64
    public var expectedVersion: Int?
    public var idempotencyKey: String?
    public init(id: Int64, expectedVersion: Int? = nil, idempotencyKey: String? = nil) {
        self.id = id
        self.expectedVersion = expectedVersion
        self.idempotencyKey = idempotencyKey
    }
}

/// `contact.remove`
public enum ContactRemove: Mutation {
    public static let name = "contact.remove"
    public static let summary = "Remove a contact from its member (its tokens are revoked)."
    public static let access: Access<Params> = .ownRecord([.secretariat], .contact, \.id)
    public typealias Params = ContactRef

    public struct Result: Codable, Sendable, Hashable {
        public var removed: Bool
        public init(removed: Bool) { self.removed = removed }
    }
}

/// `contact.list`
public enum ContactList: Query {
    public static let name = "contact.list"
    public static let summary = "A member's contacts with their roles."
    public static let access: Access<Params> = .ownMember([.operator, .secretariat], \.memberId)

    public struct Params: Codable, Sendable, Hashable {
        public var memberId: Int64
        public init(memberId: Int64) { self.memberId = memberId }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var contacts: [ContactWire]
        public init(contacts: [ContactWire]) { self.contacts = contacts }
    }
}

/// `contact.export`: everything held about one person (UK GDPR subject access).
public enum ContactExport: Query {
    public static let name = "contact.export"
    public static let summary = "Everything held about one contact, as JSON: the contact, its member, its tokens (without secrets) and the audit entries about it."
    public static let access: Access<Params> = .staff([.secretariat])
    public typealias Params = ContactRef

    public struct Result: Codable, Sendable, Hashable {
        public var contact: ContactWire
        public var memberName: String
        public var tokens: [TokenWire]
        public var auditEntries: [AuditList.Entry]
        public var exportedAt: String
        public init(contact: ContactWire, memberName: String, tokens: [TokenWire], auditEntries: [AuditList.Entry], exportedAt: String) {
            self.contact = contact
            self.memberName = memberName
            self.tokens = tokens
            self.auditEntries = auditEntries
            self.exportedAt = exportedAt
        }
    }
}

/// `contact.erase`: remove a person's data; the member's history stays, anonymised.
public enum ContactErase: Mutation {
    public static let name = "contact.erase"
    public static let summary = "Erase a contact's personal data everywhere, including the audit trail (anonymised in place); the member's history stays."
    public static let access: Access<Params> = .staff([.secretariat])
    public typealias Params = ContactRef

    public struct Result: Codable, Sendable, Hashable {
        public var erased: Bool
        /// Audit entries whose copies of the personal data were anonymised.
        public var auditEntriesAnonymised: Int
        public init(erased: Bool, auditEntriesAnonymised: Int) {
            self.erased = erased
            self.auditEntriesAnonymised = auditEntriesAnonymised
        }
    }
}

/// `contact.get`: one contact, by id.
public enum ContactGet: Query {
    public static let name = "contact.get"
    public static let summary = "One contact. A member token may read only its own member's contacts; any other id is not found."
    public static let access: Access<Params> = .ownRecord([.operator, .secretariat], .contact, \.id)

    public struct Params: Codable, Sendable, Hashable {
        public var id: Int64
        public init(id: Int64) { self.id = id }
    }

    public typealias Result = ContactWire
}
