import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// The tier area's handlers: `tier.list`, `tier.get`, `tier.setKinds`.
enum TierHandlers: AreaHandlers {
    static func register(into registry: inout MethodRegistry) {
        registry.query(TierList.self, list)
        registry.query(TierGet.self, lookup: true, get)
        registry.mutation(TierSetKinds.self, setKinds)
    }

    /// The tiers in sort order, each with its qualifying kinds, and every organisation kind.
    @Sendable
    static func list(_ context: RequestContext, _ params: NoParams, _ connection: PostgresConnection) throws -> TierList.Result {
        TierList.Result(tiers: try TierStore.list(on: connection).map(TierWire.init),
                        kinds: try TierStore.kinds(on: connection).map(OrganisationKindWire.init))
    }

    /// One tier with its qualifying kinds.
    ///
    /// - Throws: `not_found` for a code no tier has.
    @Sendable
    static func get(_ context: RequestContext, _ params: TierGet.Params, _ connection: PostgresConnection) throws -> TierWire {
        guard let tier = try TierStore.get(params.code, on: connection) else {
            throw NetworkError.notFound(entity: "tier", id: params.code)
        }
        return TierWire(tier)
    }

    /// Replaces the kinds that qualify for a tier. Existing members keep their tier; the new
    /// list applies to the next `member.create`, `application.submit`, kind or tier change.
    ///
    /// - Throws: `not_found` for an unknown tier; `validation` for an empty list or unknown
    ///   kinds (each named).
    @Sendable
    static func setKinds(_ context: RequestContext, _ params: TierSetKinds.Params, _ scope: MutationScope) throws
        -> MutationOutcome<TierWire>
    {
        let connection = scope.connection
        guard !params.kinds.isEmpty else {
            throw NetworkError.invalid("kinds", "must list at least one organisation kind")
        }
        guard let before = try TierStore.get(params.tier, on: connection) else {
            throw NetworkError.notFound(entity: "tier", id: params.tier)
        }
        let known = Set(try TierStore.kinds(on: connection).map(\.code))
        var unknown: [String] = []
        for kind in params.kinds where !known.contains(kind) && !unknown.contains(kind) { unknown.append(kind) }
        if !unknown.isEmpty {
            throw NetworkError.invalid("kinds", "unknown organisation kind\(unknown.count == 1 ? "" : "s"): \(unknown.joined(separator: ", "))")
        }
        let after = try TierStore.setKinds(params.kinds, for: params.tier, on: connection)
        return MutationOutcome(result: TierWire(after), target: "tier:\(after.code)",
                               before: ["qualifyingKinds": .array(before.qualifyingKinds.map { .string($0) })],
                               after: ["qualifyingKinds": .array(after.qualifyingKinds.map { .string($0) })])
    }
}
