import NetworkCore
import Postgres

/// A membership tier as stored, with the organisation kinds that qualify for it.
public struct TierRecord: Sendable, Hashable {
    public var code: String
    public var name: String
    public var votes: Bool
    public var paysFee: Bool
    /// Kind codes, in the kinds' sort order.
    public var qualifyingKinds: [String]
}

/// An organisation kind as stored.
public struct OrganisationKindRecord: Sendable, Hashable {
    public var code: String
    public var name: String
    public var isCouncil: Bool
}

/// Reads the tiers and organisation kinds, and replaces a tier's qualifying kinds.
///
/// Tiers and kinds are reference data seeded by the migration; only `tier_kind` (which kinds
/// qualify for which tier) changes at run time.
public enum TierStore {
    /// Every tier in sort order, each with its qualifying kinds in the kinds' sort order.
    public static func list(on connection: PostgresConnection) throws -> [TierRecord] {
        let rows = try connection.query("""
            SELECT t.code, t.name, t.votes, t.pays_fee,
                   COALESCE((SELECT array_agg(k.code ORDER BY k.sort_order, k.code)
                             FROM tier_kind tk JOIN organisation_kind k ON k.code = tk.kind
                             WHERE tk.tier = t.code), '{}') AS kinds
            FROM tier t ORDER BY t.sort_order, t.code
            """)
        return try rows.map { row in
            TierRecord(code: try row.decode("code"), name: try row.decode("name"), votes: try row.decode("votes"),
                       paysFee: try row.decode("pays_fee"), qualifyingKinds: try row.decode("kinds"))
        }
    }

    /// One tier, or `nil` when no tier has that code.
    public static func get(_ code: String, on connection: PostgresConnection) throws -> TierRecord? {
        try list(on: connection).first { $0.code == code }
    }

    /// Every organisation kind in sort order.
    public static func kinds(on connection: PostgresConnection) throws -> [OrganisationKindRecord] {
        try connection.query("SELECT code, name, is_council FROM organisation_kind ORDER BY sort_order, code").map { row in
            OrganisationKindRecord(code: try row.decode("code"), name: try row.decode("name"), isCouncil: try row.decode("is_council"))
        }
    }

    /// One kind, or `nil` when no kind has that code.
    public static func kind(_ code: String, on connection: PostgresConnection) throws -> OrganisationKindRecord? {
        try connection.query("SELECT code, name, is_council FROM organisation_kind WHERE code = \(code)").first.map { row in
            OrganisationKindRecord(code: try row.decode("code"), name: try row.decode("name"), isCouncil: try row.decode("is_council"))
        }
    }

    /// Replaces the kinds qualifying for `tier` (the caller has checked that all exist).
    ///
    /// Locks the tier row first so that two concurrent replacements serialise.
    /// - Returns: the tier as stored afterwards.
    /// - Throws: `NetworkError.notFound` for an unknown tier, `PostgresError`.
    public static func setKinds(_ kinds: [String], for tier: String, on connection: PostgresConnection) throws -> TierRecord {
        guard try connection.query("SELECT code FROM tier WHERE code = \(tier) FOR UPDATE").first != nil else {
            throw NetworkError.notFound(entity: "tier", id: tier)
        }
        try connection.execute("DELETE FROM tier_kind WHERE tier = \(tier)")
        try connection.execute("""
            INSERT INTO tier_kind (tier, kind) SELECT \(tier), k FROM unnest(\(kinds)::text[]) AS k ON CONFLICT DO NOTHING
            """)
        guard let stored = try get(tier, on: connection) else { throw NetworkError.notFound(entity: "tier", id: tier) }
        return stored
    }

    /// Checks that `kind` and `tier` exist and that the kind qualifies for the tier.
    ///
    /// - Returns: the kind (its `isCouncil` decides which figures are required).
    /// - Throws: `NetworkError.validation` on field `kind` or `tier` with a message a person can act
    ///   on: an unknown code, or the kinds that do qualify.
    @discardableResult
    public static func requireQualifying(kind: String, tier: String, on connection: PostgresConnection) throws -> OrganisationKindRecord {
        var errors: [FieldError] = []
        let kindRecord = try self.kind(kind, on: connection)
        let tierRecord = try get(tier, on: connection)
        if kindRecord == nil {
            errors.append(FieldError(field: "kind", message: "unknown organisation kind \(kind)"))
        }
        if tierRecord == nil {
            errors.append(FieldError(field: "tier", message: "unknown tier \(tier)"))
        }
        if let kindRecord, let tierRecord {
            if tierRecord.qualifyingKinds.contains(kind) { return kindRecord }
            let listed = tierRecord.qualifyingKinds.isEmpty ? "none" : tierRecord.qualifyingKinds.joined(separator: ", ")
            errors.append(FieldError(field: "kind", message: "kind \(kind) does not qualify for tier \(tier); qualifying kinds: \(listed)"))
        }
        throw NetworkError.validation(errors)
    }
}
