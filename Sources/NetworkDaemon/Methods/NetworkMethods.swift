import AdminProtocol
import NetworkCore
import NetworkStore

/// Handlers for the network's settings: `network.get`, `network.update`.
enum NetworkMethods {
    static func register(into registry: inout MethodRegistry) {
        registry.register(NetworkGet.self, get)
        registry.register(NetworkUpdate.self, update)
    }

    @Sendable
    static func get(_ context: RequestContext, _ params: NoParams) async throws -> NetworkProfileWire {
        NetworkProfileWire(try await context.pool.withConnection { try NetworkProfileStore.get(on: $0) })
    }

    /// - Throws: `validation` listing every bad field, `conflict` on a stale `expectedVersion`.
    @Sendable
    static func update(_ context: RequestContext, _ params: NetworkUpdate.Params) async throws -> NetworkProfileWire {
        try await context.mutate(params) { connection in
            let current = try NetworkProfileStore.get(on: connection, forUpdate: true)
            try checkExpectedVersion(params.expectedVersion, current: current.version, entity: "network settings")
            var next = current
            if let name = params.name { next.name = name.trimmingWhitespace() }
            if let shortName = params.shortName { next.shortName = shortName }
            if let timeZone = params.timeZone { next.timeZone = timeZone }
            if let currency = params.currency { next.currency = currency }
            if let month = params.yearStartMonth { next.yearStartMonth = month }
            var errors = next.validationErrors()
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
    }
}
