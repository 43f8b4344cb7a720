import NetworkCore
import Postgres

/// Reads and writes member rows and their history, on the caller's connection and transaction.
///
/// The store does not decide whether a change is allowed — the handlers apply the core rules
/// (`MemberStatus.applying`, `MemberDetails.validationErrors`) first — but the database backs
/// them up: the `member_guard` trigger refuses illegal status changes and any change of
/// `member_since` once set, the `member_dates_*` triggers refuse a member-since before the network's
/// founding year or after today, and a partial unique index on `member_name_key(name)` keeps
/// applicants' and current members' names unique ignoring case and spacing.
public enum MemberStore {
    /// Today's date (YYYY-MM-DD) in the network's time zone, by the network's clock
    /// (`network_today()`: the database's, moved only by a test's clock offset).
    public static func today(on connection: PostgresConnection) throws -> String {
        try connection.query("SELECT network_today()::text AS today")
            .first?.decode("today", as: String.self) ?? ""
    }

    /// One member; `nil` when no member has that id. `forUpdate` locks the row for the rest of
    /// the transaction.
    public static func get(_ id: Int64, forUpdate: Bool = false, on connection: PostgresConnection) throws -> MemberRecord? {
        try connection.run(record(id, forUpdate: forUpdate))
    }

    /// One member, as a query: ``get(_:forUpdate:on:)`` runs it, `member.get` sends it in its
    /// event loop's pipeline (`PostgresPool.read`).
    public static func record(_ id: Int64, forUpdate: Bool = false) -> PostgresQuery<MemberRecord?> {
        var sql: SQL = "SELECT \(MemberRecord.columns) FROM member m WHERE m.id = \(id)"
        if forUpdate { sql.append(" FOR UPDATE") }
        return PostgresQuery(sql) { rows in try rows.first.map(MemberRecord.init(row:)) }
    }

    /// One member, which must exist.
    ///
    /// - Throws: `NetworkError.notFound`, `PostgresError`.
    public static func require(_ id: Int64, forUpdate: Bool = false, on connection: PostgresConnection) throws -> MemberRecord {
        try connection.run(existing(id, forUpdate: forUpdate))
    }

    /// One member, which must exist, as a query: ``require(_:forUpdate:on:)`` runs it,
    /// `member.get` sends it in its event loop's pipeline.
    public static func existing(_ id: Int64, forUpdate: Bool = false) -> PostgresQuery<MemberRecord> {
        record(id, forUpdate: forUpdate).map { record in
            guard let record else { throw NetworkError.notFound(entity: "member", id: String(id)) }
            return record
        }
    }

    /// Enters an active member directly ("direct entry", no application): the member row, its
    /// first status-history row and its first tier-history row, effective `memberSince`.
    ///
    /// - Returns: the stored member.
    /// - Throws: `NetworkError.conflict` naming the applicant or current member that already has
    ///   the name (ignoring case and spacing), `PostgresError` otherwise (the database refuses a
    ///   `memberSince` in the future or before the network's founding year).
    public static func enter(
        _ details: MemberDetails, tier: String, memberSince: String, poRequired: Bool, actor: String, reason: String,
        on connection: PostgresConnection
    ) throws -> MemberRecord {
        let record = try insert(details, tier: tier, status: .active, memberSince: memberSince, poRequired: poRequired,
                                actor: actor, reason: reason, on: connection)
        try recordTierChange(member: record.id, fromTier: nil, toTier: record.tier, fromKind: nil, toKind: record.kind,
                             effectiveOn: memberSince, actor: actor, reason: reason, on: connection)
        return record
    }

    /// Records an applicant (the organisation named by an application) and its first
    /// status-history row. Its tier history starts when it is admitted.
    ///
    /// - Throws: as ``enter(_:tier:memberSince:poRequired:actor:reason:on:)``.
    public static func addApplicant(
        _ details: MemberDetails, tier: String, poRequired: Bool = false, actor: String, reason: String, on connection: PostgresConnection
    ) throws -> MemberRecord {
        try insert(details, tier: tier, status: .applicant, memberSince: nil, poRequired: poRequired, actor: actor, reason: reason,
                   on: connection)
    }

    /// Admits an applicant whose application was approved: active from `startsOn`, which
    /// becomes its member-since, with its first tier-history row.
    ///
    /// - Throws: `NetworkError.invalidTransition` unless `applicant` is an applicant;
    ///   `PostgresError` when the database refuses.
    public static func admit(
        _ applicant: MemberRecord, startsOn: String, actor: String, reason: String, on connection: PostgresConnection
    ) throws -> MemberRecord {
        let next = try applicant.status.applying(.approve)
        let stored = try changeStatus(of: applicant, to: next, memberSince: startsOn, actor: actor, reason: reason,
                                      on: connection)
        try recordTierChange(member: applicant.id, fromTier: nil, toTier: applicant.tier, fromKind: nil,
                             toKind: applicant.kind, effectiveOn: startsOn, actor: actor, reason: reason, on: connection)
        return stored
    }

    /// Inserts a member and its first status-history row (from nothing to `status`).
    private static func insert(
        _ details: MemberDetails, tier: String, status: MemberStatus, memberSince: String?, poRequired: Bool,
        actor: String, reason: String, on connection: PostgresConnection
    ) throws -> MemberRecord {
        let row = try mappingNameConflict(details.name, excluding: nil, on: connection) {
            try connection.query("""
                INSERT INTO member (name, kind, tier, status, nation, region, website, population, budget_revenue,
                                    budget_capital, member_since, po_required)
                VALUES (\(details.name), \(details.kind), \(tier), \(status.rawValue), \(details.nation.rawValue),
                        \(details.region), \(details.website), \(details.population), \(details.budgetRevenue),
                        \(details.budgetCapital), \(memberSince)::date, \(poRequired))
                RETURNING id
                """)
        }
        let id: Int64 = try row.first?.decode("id") ?? 0
        try recordStatusChange(member: id, from: nil, to: status, actor: actor, reason: reason, on: connection)
        return try require(id, on: connection)
    }

    /// Writes a member's details (name, kind, nation, region, website, figures, PO flag) and
    /// bumps its version. Status, tier and member-since are not touched.
    ///
    /// - Throws: `NetworkError.conflict` when a current member already has the new name.
    public static func updateDetails(_ record: MemberRecord, on connection: PostgresConnection) throws -> MemberRecord {
        try mappingNameConflict(record.name, excluding: record.id, on: connection) {
            try connection.execute("""
                UPDATE member SET name = \(record.name), kind = \(record.kind), nation = \(record.nation.rawValue),
                    region = \(record.region), website = \(record.website), population = \(record.population),
                    budget_revenue = \(record.budgetRevenue), budget_capital = \(record.budgetCapital),
                    po_required = \(record.poRequired), version = version + 1, updated_at = clock_timestamp()
                WHERE id = \(record.id)
                """)
        }
        return try require(record.id, on: connection)
    }

    /// Moves a member to `status`, records who, when and why, and bumps its version.
    ///
    /// - Parameter memberSince: set only when membership starts (an applicant approved); the
    ///   trigger refuses changing it once set.
    /// - Throws: `PostgresError` (check violation) if the database's transition table refuses.
    public static func changeStatus(
        of record: MemberRecord, to status: MemberStatus, memberSince: String? = nil, actor: String, reason: String?,
        on connection: PostgresConnection
    ) throws -> MemberRecord {
        try mappingNameConflict(record.name, excluding: record.id, on: connection) {
            try connection.execute("""
                UPDATE member SET status = \(status.rawValue), member_since = COALESCE(member_since, \(memberSince)::date),
                    version = version + 1, updated_at = clock_timestamp()
                WHERE id = \(record.id)
                """)
        }
        try recordStatusChange(member: record.id, from: record.status, to: status, actor: actor, reason: reason, on: connection)
        return try require(record.id, on: connection)
    }

    /// Moves a member to another tier (and kind), records the change, and bumps its version.
    public static func changeTier(
        of record: MemberRecord, to tier: String, kind: String, effectiveOn: String, actor: String, reason: String,
        on connection: PostgresConnection
    ) throws -> MemberRecord {
        try connection.execute("""
            UPDATE member SET tier = \(tier), kind = \(kind), version = version + 1, updated_at = clock_timestamp()
            WHERE id = \(record.id)
            """)
        try recordTierChange(member: record.id, fromTier: record.tier, toTier: tier, fromKind: record.kind, toKind: kind,
                             effectiveOn: effectiveOn, actor: actor, reason: reason, on: connection)
        return try require(record.id, on: connection)
    }

    /// Appends a status-history row.
    static func recordStatusChange(
        member id: Int64, from: MemberStatus?, to: MemberStatus, actor: String, reason: String?, on connection: PostgresConnection
    ) throws {
        try connection.execute("""
            INSERT INTO member_status_change (member_id, from_status, to_status, actor, reason)
            VALUES (\(id), \(from?.rawValue), \(to.rawValue), \(actor), \(reason))
            """)
    }

    /// Appends a tier-history row; `fromTier`/`fromKind` are `nil` for a member's first tier.
    static func recordTierChange(
        member id: Int64, fromTier: String?, toTier: String, fromKind: String?, toKind: String, effectiveOn: String,
        actor: String, reason: String?, on connection: PostgresConnection
    ) throws {
        try connection.execute("""
            INSERT INTO member_tier_change (member_id, from_tier, to_tier, from_kind, to_kind, effective_on, actor, reason)
            VALUES (\(id), \(fromTier), \(toTier), \(fromKind), \(toKind), \(effectiveOn)::date, \(actor), \(reason))
            """)
    }

    /// Runs `body` inside a savepoint, turning a violation of the one-holder-per-name index into
    /// a conflict that names the member holding the name.
    ///
    /// The index decides, so two concurrent requests for names that differ only in case or
    /// spacing cannot both succeed; rolling back to the savepoint keeps the transaction usable
    /// for looking up the holder (under READ COMMITTED that statement sees the winner's commit).
    @discardableResult
    static func mappingNameConflict<T>(
        _ name: String, excluding id: Int64?, on connection: PostgresConnection, _ body: () throws -> T
    ) throws -> T {
        try connection.execute("SAVEPOINT member_name")
        do {
            let value = try body()
            try connection.execute("RELEASE SAVEPOINT member_name")
            return value
        } catch let error as PostgresError where error.code == .uniqueViolation && error.constraint == "member_name_current_key" {
            try connection.execute("ROLLBACK TO SAVEPOINT member_name")
            let holder = try connection.query("""
                SELECT id, name, status FROM member
                WHERE member_name_key(name) = member_name_key(\(name)) AND status NOT IN ('rejected', 'resigned', 'terminated')
                  AND id IS DISTINCT FROM \(id)
                ORDER BY id LIMIT 1
                """).first
            guard let holder else {
                throw NetworkError.conflict("an applicant or current member already has the name \(name.trimmingWhitespace())")
            }
            let holderID: Int64 = try holder.decode("id")
            let holderName: String = try holder.decode("name")
            let holderStatus: String = try holder.decode("status")
            throw NetworkError.conflict(
                "member \(holderID) (\(holderStatus)) is already called \(holderName); names are compared ignoring case and spacing")
        }
    }
}
