import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// The member area's handlers: members' details here — `member.create`, `member.get`,
/// `member.list`, `member.update`, `member.history` — and the lifecycle in
/// `MemberHandlers+Lifecycle.swift`.
///
/// A caller holding only the member role reaches its own member and nothing else (declared on
/// each method as `.ownMember`, enforced by the dispatcher): another member's id is
/// `forbidden`, whether or not it exists, so ids cannot be probed.
enum MemberHandlers: AreaHandlers {
    static func register(into registry: inout MethodRegistry) {
        registry.mutation(MemberCreate.self, create)
        registry.read(MemberGet.self, get)
        registry.query(MemberList.self, list)
        registry.mutation(MemberUpdate.self, update)
        registry.query(MemberHistory.self, history)
        registerLifecycle(into: &registry)
    }

    /// `currentMembers`: exactly the members `member.list` lists by default.
    static let statusCounters = ["currentMembers"]

    /// Enters an active member directly (no application), with its first status and tier
    /// history rows ("direct entry"), a member since `memberSince` (default today). A later
    /// `memberSince` enters it as an applicant and schedules its start: the scheduler admits it
    /// on that day.
    ///
    /// - Throws: `validation` listing every bad field (an unknown kind or tier, a kind that does
    ///   not qualify for the tier — the message lists the kinds that do —, missing council
    ///   figures, a `memberSince` that is not a date, in the future or before the network's
    ///   founding year); `conflict` when an applicant or current member already has the name
    ///   (compared ignoring case and spacing), naming that member.
    @Sendable
    static func create(_ context: RequestContext, _ params: MemberCreate.Params, _ scope: MutationScope) throws
        -> MutationOutcome<MemberWire>
    {
        let connection = scope.connection
        let details = newDetails(name: params.name, kind: params.kind, nation: params.nation, region: params.region,
                                 website: params.website, population: params.population,
                                 budgetRevenue: params.budgetRevenue, budgetCapital: params.budgetCapital)
        var errors = try entryErrors(details, tier: params.tier, on: connection)
        let since = try membershipDate(params.memberSince, field: "memberSince", errors: &errors, on: connection)
        if !errors.isEmpty { throw NetworkError.validation(errors) }
        let actor = context.caller.actor
        if since > (try MemberStore.today(on: connection)) {
            // Joins later: an applicant until its day, when the scheduler admits it.
            let record = try MemberStore.addApplicant(details, tier: params.tier, poRequired: params.poRequired ?? false, actor: actor,
                                                      reason: "direct entry, a member from \(since)", on: connection)
            let change = try ScheduledChangeStore.schedule(memberId: record.id, change: "start", effectiveOn: since, toTier: nil, toKind: nil,
                                                           reason: "direct entry", actor: actor, on: connection)
            let wire = MemberWire(record)
            var after = try JSONCoding.value(of: wire)
            if case .object(var members) = after {
                members["scheduled"] = try JSONCoding.value(of: ScheduledChangeWire(change))
                after = .object(members)
            }
            return MutationOutcome(result: wire, target: "member:\(record.id)", before: nil, after: after)
        }
        let record = try MemberStore.enter(details, tier: params.tier, memberSince: since, poRequired: params.poRequired ?? false,
                                           actor: context.caller.actor, reason: "direct entry", on: connection)
        try MembershipPeriods.startIfYearOpen(memberId: record.id, startsOn: since, tier: record.tier, actor: context.caller.actor,
                                              on: connection)
        let wire = MemberWire(record)
        return MutationOutcome(result: wire, target: "member:\(record.id)", before: nil, after: try JSONCoding.value(of: wire))
    }

    /// One member.
    ///
    /// - Throws: `not_found` (and, from the dispatcher, `forbidden` for a member caller asking
    ///   for another member).
    @Sendable
    static func get(_ context: RequestContext, _ params: MemberRef) -> PostgresQuery<MemberWire> {
        MemberStore.existing(params.id).map(MemberWire.init)
    }

    /// A page of members in name order (`lower(name)`, then id), filtered. Without `status`,
    /// current members only (active, lapsed, suspended) — the members `daemon.status` counts.
    ///
    /// - Throws: `validation` for a limit outside 1–500 or a cursor this daemon did not make.
    @Sendable
    static func list(_ context: RequestContext, _ params: MemberList.Params, _ connection: PostgresConnection) throws
        -> MemberList.Result
    {
        let limit = params.limit ?? 50
        guard (1...500).contains(limit) else { throw NetworkError.invalid("limit", "must be from 1 to 500") }
        let after = try params.after.map { try MemberListPosition(cursor: $0) }
        let statuses = MemberStatusFilter.statuses(params.status ?? [])
        let filter = MemberListFilter(tier: params.tier, statuses: statuses, kind: params.kind, region: params.region,
                                      search: params.search, limit: limit, after: after)
        let page = try MemberStore.list(filter, on: connection)
        return MemberList.Result(members: page.members.map(MemberWire.init), nextCursor: page.next?.cursor)
    }

    /// The fields only staff may change; a member may edit its region, website and figures.
    static let staffOnlyFields: [(name: String, isSet: @Sendable (MemberUpdate.Params) -> Bool)] = [
        ("name", { $0.name != nil }), ("kind", { $0.kind != nil }), ("nation", { $0.nation != nil }),
        ("poRequired", { $0.poRequired != nil }),
    ]

    /// Changes a member's details; fields left out keep their value, and an empty `region` or
    /// `website` clears it. Bumps the version; audited with before and after.
    ///
    /// - Throws: `forbidden` for a member caller changing a staff-only field (named) — or, from
    ///   the dispatcher, another member; `not_found`; `conflict` on a stale `expectedVersion` or
    ///   a name taken; `validation` (a new kind must still qualify for the member's tier).
    @Sendable
    static func update(_ context: RequestContext, _ params: MemberUpdate.Params, _ scope: MutationScope) throws
        -> MutationOutcome<MemberWire>
    {
        let connection = scope.connection
        if context.caller.isMemberOnly, let field = staffOnlyFields.first(where: { $0.isSet(params) }) {
            throw NetworkError.forbidden("a member may change only its region, website, population and budgets, not \(field.name)")
        }
        let current = try MemberStore.require(params.id, forUpdate: true, on: connection)
        try scope.expectVersion(current.version, of: "member \(current.id)")
        var next = current
        if let name = params.name { next.name = name.trimmingWhitespace() }
        if let kind = params.kind { next.kind = kind }
        if let nation = params.nation { next.nation = nation }
        if let region = params.region { next.region = nonEmpty(region) }
        if let website = params.website { next.website = nonEmpty(website) }
        if let population = params.population { next.population = population }
        if let revenue = params.budgetRevenue { next.budgetRevenue = revenue }
        if let capital = params.budgetCapital { next.budgetCapital = capital }
        if let poRequired = params.poRequired { next.poRequired = poRequired }
        var errors: [FieldError] = []
        var isCouncil = try TierStore.kind(next.kind, on: connection)?.isCouncil ?? false
        if next.kind != current.kind {
            do {
                isCouncil = try TierStore.requireQualifying(kind: next.kind, tier: current.tier, on: connection).isCouncil
            } catch NetworkError.validation(let kindErrors) {
                errors += kindErrors
            }
        }
        errors += next.details.validationErrors(isCouncil: isCouncil)
        if !errors.isEmpty { throw NetworkError.validation(errors) }
        let stored = try MemberStore.updateDetails(next, on: connection)
        return MutationOutcome(result: MemberWire(stored), target: "member:\(stored.id)",
                               before: try JSONCoding.value(of: MemberWire(current)),
                               after: try JSONCoding.value(of: MemberWire(stored)))
    }

    /// Every status and tier change of a member, oldest first.
    ///
    /// - Throws: `not_found` (and, from the dispatcher, `forbidden` for a member caller on
    ///   another member).
    @Sendable
    static func history(_ context: RequestContext, _ params: MemberRef, _ connection: PostgresConnection) throws
        -> MemberHistory.Result
    {
        let member = try MemberStore.require(params.id, on: connection)
        let entries = try MemberHistoryStore.entries(of: params.id, on: connection).map(MemberHistoryEntry.init)
        let pending = try ScheduledChangeStore.pending(memberId: params.id, on: connection).map { MemberHistoryEntry(pending: $0, of: member) }
        return MemberHistory.Result(entries: entries + pending)
    }

    // MARK: - Shared with applications and the lifecycle

    /// A new member's details as entered: the name trimmed, empty optional text as none.
    static func newDetails(name: String, kind: String, nation: Nation, region: String?, website: String?, population: Int?,
                           budgetRevenue: Int64?, budgetCapital: Int64?) -> MemberDetails {
        MemberDetails(name: name.trimmingWhitespace(), kind: kind, nation: nation, region: region.flatMap(nonEmpty),
                      website: website.flatMap(nonEmpty), population: population, budgetRevenue: budgetRevenue,
                      budgetCapital: budgetCapital)
    }

    /// Every problem with a new member's details for `tier`: unknown kind or tier, a kind that
    /// does not qualify (listing the kinds that do), and the core rules (council figures …).
    static func entryErrors(_ details: MemberDetails, tier: String, on connection: PostgresConnection) throws -> [FieldError] {
        var errors: [FieldError] = []
        var isCouncil: Bool
        do {
            isCouncil = try TierStore.requireQualifying(kind: details.kind, tier: tier, on: connection).isCouncil
        } catch NetworkError.validation(let kindErrors) {
            errors += kindErrors
            isCouncil = try TierStore.kind(details.kind, on: connection)?.isCouncil ?? false
        }
        return errors + details.validationErrors(isCouncil: isCouncil)
    }

    /// A membership date param (YYYY-MM-DD), or today in the network's time zone when absent.
    ///
    /// "Today" and the founding year come from the database, never this process's clock. A
    /// date that is not a real date or falls before the network's founding year adds an error
    /// for `field` (and today is returned so that checking can go on). A date after today is
    /// returned as it is: the caller schedules the change for that day. The database refuses
    /// the same early dates (`membership_dates_check`, migration 0005), and future ones in the
    /// rows that record a change made (member, tier history).
    static func membershipDate(
        _ text: String?, field: String, errors: inout [FieldError], on connection: PostgresConnection
    ) throws -> String {
        let calendar = try NetworkProfileStore.membershipCalendar(on: connection)
        guard let text else { return calendar.today }
        guard CalendarDate(parsing: text) != nil else {
            errors.append(FieldError(field: field, message: "must be a date as YYYY-MM-DD, such as 2026-08-01"))
            return calendar.today
        }
        if let year = Int(text.prefix(4)), year < calendar.foundingYear {
            errors.append(FieldError(field: field, message:
                "\(field) \(text) is before \(calendar.foundingYear), when the network was founded"))
            return calendar.today
        }
        return text
    }

    /// `text` trimmed, or `nil` when nothing is left.
    static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}
