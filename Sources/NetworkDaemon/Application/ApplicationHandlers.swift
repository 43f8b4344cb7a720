import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// The application area's handlers: `application.submit`, `application.list`,
/// `application.get`, `application.recommend`, `application.approve`, `application.reject`.
///
/// An application is a member row in status `applicant` plus the application itself. The
/// values board recommends (and may revise its recommendation while undecided); only a
/// recommended application can be approved; a decided application is final — every step goes
/// through the core state machine (`ApplicationStatus.applying`), and so does the applicant's
/// status (`MemberStatus.applying`).
enum ApplicationHandlers: AreaHandlers {
    static func register(into registry: inout MethodRegistry) {
        registry.mutation(ApplicationSubmit.self, submit)
        registry.query(ApplicationList.self, list)
        registry.read(ApplicationGet.self, get)
        registry.mutation(ApplicationRecommend.self, recommend)
        registry.mutation(ApplicationApprove.self, approve)
        registry.mutation(ApplicationReject.self, reject)
    }

    /// `openApplications`: the undecided ones, whose applicants `member.list --status applicant` shows.
    static let statusCounters = ["openApplications"]

    /// Records an application: an applicant member (no member-since yet) in the tier sought,
    /// its first status-history row, and the application (status `submitted`).
    ///
    /// - Throws: `validation` as for `member.create` (kind must qualify for the tier, council
    ///   figures) plus a statement of 20–10,000 characters; `conflict` when a current member or
    ///   another applicant already has the name.
    @Sendable
    static func submit(_ context: RequestContext, _ params: ApplicationSubmit.Params, _ scope: MutationScope) throws
        -> MutationOutcome<ApplicationWire>
    {
        let connection = scope.connection
        let actor = context.caller.actor
        let details = MemberHandlers.newDetails(
            name: params.name, kind: params.kind, nation: params.nation, region: params.region, website: params.website,
            population: params.population, budgetRevenue: params.budgetRevenue, budgetCapital: params.budgetCapital)
        var errors = try MemberHandlers.entryErrors(details, tier: params.tier, on: connection)
        let statement = params.statement.trimmingWhitespace()
        if !(20...10_000).contains(statement.storedLength) {
            errors.append(FieldError(field: "statement", message: "must be 20 to 10,000 characters (it has \(statement.storedLength))"))
        }
        if !errors.isEmpty { throw NetworkError.validation(errors) }
        let member = try MemberStore.addApplicant(details, tier: params.tier, actor: actor, reason: "application submitted",
                                                  on: connection)
        let application = try ApplicationStore.insert(member: member.id, tierSought: params.tier, statement: statement,
                                                      submittedBy: actor, on: connection)
        let wire = ApplicationWire(application)
        return MutationOutcome(result: wire, target: "application:\(application.id)", before: nil,
                               after: try JSONCoding.value(of: wire))
    }

    /// `application.get`: one application (staff only, as `application.list`).
    ///
    /// - Throws: `not_found`.
    @Sendable
    static func get(_ context: RequestContext, _ params: ApplicationGet.Params) -> PostgresQuery<ApplicationWire> {
        ApplicationStore.existing(params.id).map(ApplicationWire.init)
    }

    /// Applications, newest first, optionally of one status.
    ///
    /// - Throws: `validation` for an unknown status, a limit outside 1–500 or a bad cursor.
    @Sendable
    static func list(_ context: RequestContext, _ params: ApplicationList.Params, _ connection: PostgresConnection) throws
        -> ApplicationList.Result
    {
        let limit = params.limit ?? 50
        guard (1...500).contains(limit) else { throw NetworkError.invalid("limit", "must be from 1 to 500") }
        if let after = params.after, after < 1 { throw NetworkError.invalid("after", "must be the nextCursor of a previous page") }
        let status = try params.status.map { text in
            guard let known = ApplicationStatus(rawValue: text) else {
                let all = ApplicationStatus.allCases.map(\.rawValue).joined(separator: ", ")
                throw NetworkError.invalid("status", "must be one of \(all)")
            }
            return known
        }
        let page = try ApplicationStore.list(status: status, limit: limit, before: params.after, on: connection)
        let applications = page.applications.map(ApplicationWire.init)
        return ApplicationList.Result(applications: applications, nextCursor: page.hasMore ? applications.last?.id : nil)
    }

    /// Records the values board's recommendation (`approve` or `reject`) and its note.
    ///
    /// - Throws: `validation` (another recommendation, an over-long note); `not_found`;
    ///   `conflict` (stale `expectedVersion`); `invalid_transition` once decided.
    @Sendable
    static func recommend(_ context: RequestContext, _ params: ApplicationRecommend.Params, _ scope: MutationScope) throws
        -> MutationOutcome<ApplicationWire>
    {
        let connection = scope.connection
        let actor = context.caller.actor
        guard ["approve", "reject"].contains(params.recommendation) else {
            throw NetworkError.invalid("recommendation", "must be approve or reject")
        }
        let note = params.note.flatMap(MemberHandlers.nonEmpty)
        if let note, note.storedLength > 5000 { throw NetworkError.invalid("note", "must be at most 5,000 characters") }
        let current = try locked(params.id, scope: scope, on: connection)
        _ = try current.status.applying(.recommend)
        let stored = try ApplicationStore.recommend(current.id, recommendation: params.recommendation, note: note,
                                                    actor: actor, on: connection)
        return try outcome(before: current, after: stored)
    }

    /// Approves a recommended application: membership starts on `startsOn` (default today; not
    /// later, until scheduled changes exist); the applicant becomes active with that date as its
    /// member-since.
    ///
    /// - Throws: `validation` (not a date, in the future, before the network's founding year);
    ///   `not_found`; `conflict` (stale `expectedVersion`);
    ///   `invalid_transition` unless the application is `recommended` (the values board must
    ///   recommend first), or if the member is no longer an applicant.
    @Sendable
    static func approve(_ context: RequestContext, _ params: ApplicationApprove.Params, _ scope: MutationScope) throws
        -> MutationOutcome<ApplicationWire>
    {
        let connection = scope.connection
        let actor = context.caller.actor
        let current = try locked(params.id, scope: scope, on: connection)
        _ = try current.status.applying(.approve)
        var errors: [FieldError] = []
        let startsOn = try MemberHandlers.membershipDate(params.startsOn, field: "startsOn", errors: &errors, on: connection)
        if !errors.isEmpty { throw NetworkError.validation(errors) }
        let member = try MemberStore.require(current.memberID, forUpdate: true, on: connection)
        if startsOn > (try MemberStore.today(on: connection)) {
            // Approved now, a member from later: the applicant is admitted by the scheduler on the day.
            _ = try member.status.applying(.approve)
            _ = try ScheduledChangeStore.schedule(memberId: member.id, change: "start", effectiveOn: startsOn, toTier: nil, toKind: nil,
                                                  reason: "application \(current.id) approved", actor: actor, on: connection)
            return try outcome(before: current, after: try ApplicationStore.approve(current.id, startsOn: startsOn, actor: actor, on: connection))
        }
        let admitted = try MemberStore.admit(member, startsOn: startsOn, actor: actor, reason: "application \(current.id) approved",
                                             on: connection)
        try MembershipPeriods.startIfYearOpen(memberId: admitted.id, startsOn: startsOn, tier: admitted.tier, actor: actor, on: connection)
        let stored = try ApplicationStore.approve(current.id, startsOn: startsOn, actor: actor, on: connection)
        return try outcome(before: current, after: stored)
    }

    /// Rejects an undecided application with a reason; the applicant becomes `rejected`.
    ///
    /// - Throws: `validation` (no reason); `not_found`; `conflict` (stale `expectedVersion`);
    ///   `invalid_transition` once decided.
    @Sendable
    static func reject(_ context: RequestContext, _ params: ApplicationReject.Params, _ scope: MutationScope) throws
        -> MutationOutcome<ApplicationWire>
    {
        let connection = scope.connection
        let actor = context.caller.actor
        let reason = try MemberHandlers.checkedReason(params.reason, required: true, limit: 5000) ?? ""
        let current = try locked(params.id, scope: scope, on: connection)
        _ = try current.status.applying(.reject)
        let member = try MemberStore.require(current.memberID, forUpdate: true, on: connection)
        let next = try member.status.applying(.reject)
        _ = try MemberStore.changeStatus(of: member, to: next, actor: actor, reason: reason.prefix(storedLength: 2000), on: connection)
        let stored = try ApplicationStore.reject(current.id, reason: reason, actor: actor, on: connection)
        return try outcome(before: current, after: stored)
    }

    // MARK: - Helpers

    /// The application, locked, at the expected version. Whether the step is allowed is the
    /// caller's `ApplicationStatus.applying(_:)` (the database's transition table agrees).
    private static func locked(_ id: Int64, scope: MutationScope, on connection: PostgresConnection) throws -> ApplicationRecord {
        let current = try ApplicationStore.require(id, forUpdate: true, on: connection)
        try scope.expectVersion(current.version, of: "application \(id)")
        return current
    }

    private static func outcome(before: ApplicationRecord, after: ApplicationRecord) throws -> MutationOutcome<ApplicationWire> {
        MutationOutcome(result: ApplicationWire(after), target: "application:\(after.id)",
                        before: try JSONCoding.value(of: ApplicationWire(before)),
                        after: try JSONCoding.value(of: ApplicationWire(after)))
    }
}
