import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// The network area's handlers: its settings, `network.get` and `network.update`.
enum NetworkHandlers: AreaHandlers {
    static func register(into registry: inout MethodRegistry) {
        registry.read(NetworkGet.self, get)
        registry.mutation(NetworkUpdate.self, update)
    }

    /// The settings: name, short name, time zone, currency, year start month, founding year.
    @Sendable
    static func get(_ context: RequestContext, _ params: NoParams) -> PostgresQuery<NetworkProfileWire> {
        NetworkProfileStore.profile().map(NetworkProfileWire.init)
    }

    /// Changes the settings given. The founding year may not be after this year nor after a
    /// membership date already recorded (the database refuses that too).
    ///
    /// - Throws: `validation` listing every bad field, `conflict` on a stale `expectedVersion`.
    @Sendable
    static func update(_ context: RequestContext, _ params: NetworkUpdate.Params, _ scope: MutationScope) throws
        -> MutationOutcome<NetworkProfileWire>
    {
        let connection = scope.connection
        let current = try NetworkProfileStore.get(on: connection, forUpdate: true)
        try scope.expectVersion(current.version, of: "network settings")
        var next = current
        if let name = params.name { next.name = name.trimmingWhitespace() }
        if let shortName = params.shortName { next.shortName = shortName }
        if let timeZone = params.timeZone { next.timeZone = timeZone }
        if let currency = params.currency { next.currency = currency }
        if let month = params.yearStartMonth { next.yearStartMonth = month }
        if let year = params.foundingYear { next.foundingYear = year }
        var errors = next.validationErrors()
        if next.foundingYear != current.foundingYear, !errors.contains(where: { $0.field == "foundingYear" }) {
            errors += try foundingYearErrors(next.foundingYear, on: connection)
        }
        if !errors.contains(where: { $0.field == "timeZone" }),
            try !NetworkProfileStore.isKnownTimeZone(next.timeZone, on: connection)
        {
            errors.append(FieldError(field: "timeZone", message: "must be an IANA time zone such as Europe/London"))
        }
        if !errors.isEmpty { throw NetworkError.validation(errors) }
        let stored = try NetworkProfileStore.update(next, on: connection)
        let before = try JSONCoding.value(of: NetworkProfileWire(current))
        let after = try JSONCoding.value(of: NetworkProfileWire(stored))
        return MutationOutcome(result: NetworkProfileWire(stored), target: "network", before: before, after: after)
    }

    /// A founding year after today's, or after the earliest membership date on record.
    private static func foundingYearErrors(_ year: Int, on connection: PostgresConnection) throws -> [FieldError] {
        let today = try MemberStore.today(on: connection)
        if let thisYear = Int(today.prefix(4)), year > thisYear {
            return [FieldError(field: "foundingYear", message: "\(year) is in the future (today is \(today))")]
        }
        if let earliest = try NetworkProfileStore.earliestMembershipDate(on: connection), let first = Int(earliest.prefix(4)),
            year > first
        {
            return [FieldError(field: "foundingYear", message: "\(year) is after \(earliest), a membership date already recorded")]
        }
        return []
    }
}
