import NetworkCore

/// The network area. The network's own settings.
public enum NetworkAPI: AdminArea {
    public static let name = "network"
    public static let group = AreaGroup.platform
    public static let methods: [any AdminMethod.Type] = [NetworkGet.self, NetworkUpdate.self]
}

/// The network's settings on the wire.
public struct NetworkProfileWire: Codable, Sendable, Hashable {
    public var name: String
    public var shortName: String
    public var timeZone: String
    public var currency: String
    public var yearStartMonth: Int
    /// The year the network was founded: no membership date may fall before it.
    public var foundingYear: Int
    public var version: Int

    public init(_ profile: NetworkProfile) {
        self.name = profile.name
        self.shortName = profile.shortName
        self.timeZone = profile.timeZone
        self.currency = profile.currency
        self.yearStartMonth = profile.yearStartMonth
        self.foundingYear = profile.foundingYear
        self.version = profile.version
    }
}

/// `network.get`: the network's own settings.
public enum NetworkGet: Query {
    public static let name = "network.get"
    public static let summary = "The network's name, short name, time zone, currency, membership-year start and founding year."
    public static let access: Access<Params> = .members([.operator, .secretariat])
    public typealias Params = NoParams
    public typealias Result = NetworkProfileWire
}

/// `network.update`: change the network's settings (secretariat).
public enum NetworkUpdate: Mutation {
    public static let name = "network.update"
    public static let summary = "Change the network's settings; fields left out keep their value."
    public static let access: Access<Params> = .staff([.secretariat])

    public struct Params: MutationParams, Hashable {
        public var name: String?
        public var shortName: String?
        public var timeZone: String?
        public var currency: String?
        public var yearStartMonth: Int?
        /// Not after today's year, nor after a membership date already recorded.
        public var foundingYear: Int?
        public var expectedVersion: Int?
        public var idempotencyKey: String?

        public init(name: String? = nil, shortName: String? = nil, timeZone: String? = nil, currency: String? = nil,
                    yearStartMonth: Int? = nil, foundingYear: Int? = nil, expectedVersion: Int? = nil,
                    idempotencyKey: String? = nil) {
            self.name = name
            self.shortName = shortName
            self.timeZone = timeZone
            self.currency = currency
            self.yearStartMonth = yearStartMonth
            self.foundingYear = foundingYear
            self.expectedVersion = expectedVersion
            self.idempotencyKey = idempotencyKey
        }
    }

    public typealias Result = NetworkProfileWire
}
