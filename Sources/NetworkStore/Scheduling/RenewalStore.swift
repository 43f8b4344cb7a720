import NetworkCore
import Postgres

/// The renewal run's SQL: a batch of candidates in one query, and everything a batch creates —
/// periods, invoices, their lines and their audit entries — in one statement.
///
/// Guarantees:
/// - ``create(_:year:currency:actor:actorRole:requestID:method:on:)`` never duplicates: a member
///   keeps one period per year (`ON CONFLICT (member_id, start_year) DO NOTHING`) and a period
///   one live subscription invoice (`invoice_subscription_period_key`), so a batch repeated
///   after a crash, or run by two daemons at once, creates each row once.
/// - Candidates are chosen from what is stored, not from a run's progress: a run that died half
///   way is finished by the next one, which finds exactly the members still without.
public enum RenewalStore {
    /// One batch's look at the members: the candidates among them, and how far it looked.
    public struct Scan: Sendable, Hashable {
        /// The members among those looked at that the year still has work for, in id order.
        public var candidates: [RenewalCandidate]
        /// The last member looked at (the next batch starts after it); `nil` when none was left.
        public var lastMemberId: Int64?
    }

    /// The next `limit` current members of `year` (active or suspended, joined by the year's
    /// end) with ids above `after`, and which of them are candidates: without a period in the
    /// year, or with one in a tier that pays that has never had a subscription invoice.
    ///
    /// Looks at `limit` members whatever they need, so a batch costs the same at the start of a
    /// run as at its end, and after a crash the members already done cost a look each: the
    /// members are taken by primary key first (a bounded range), then joined. (Filtering and
    /// limiting in one query let the planner, which cannot estimate the filter, sort every
    /// member left in each batch: quadratic over a run.)
    public static func candidates(_ year: BillingYearRecord, after: Int64, limit: Int, on connection: PostgresConnection) throws
        -> Scan
    {
        var scan = Scan(candidates: [], lastMemberId: nil)
        for row in try connection.query("""
            WITH scanned AS MATERIALIZED (
                SELECT id, name, kind, tier, member_since, population, budget_revenue, budget_capital FROM member
                WHERE id > \(after) AND status IN ('active', 'suspended') AND member_since <= \(year.endsOn)::date
                ORDER BY id
                LIMIT \(limit)
            )
            SELECT m.id, m.name, m.kind, k.is_council, m.member_since::text AS member_since, t.code AS tier, t.pays_fee,
                   p.id AS period_id, p.starts_on::text AS period_starts_on, f.member_id IS NOT NULL AS has_figures,
                   coalesce(f.population, m.population) AS population, coalesce(f.budget_revenue, m.budget_revenue) AS budget_revenue,
                   coalesce(f.budget_capital, m.budget_capital) AS budget_capital,
                   (p.id IS NULL OR (t.pays_fee AND NOT EXISTS (
                       SELECT 1 FROM invoice i
                       WHERE i.member_id = p.member_id AND i.period_id = p.id AND i.kind = 'subscription'))) AS needed
            FROM scanned m
            JOIN organisation_kind k ON k.code = m.kind
            LEFT JOIN member_period p ON p.member_id = m.id AND p.start_year = \(year.startYear)
            JOIN tier t ON t.code = coalesce(p.tier, m.tier)
            LEFT JOIN member_figures f ON f.member_id = m.id AND f.start_year = \(year.startYear)
            ORDER BY m.id
            """) {
            let id: Int64 = try row.decode("id")
            scan.lastMemberId = id
            let needed: Bool = try row.decode("needed")
            guard needed else { continue }
            scan.candidates.append(RenewalCandidate(
                memberId: id, name: try row.decode("name"), tier: try row.decode("tier"),
                tierPaysFee: try row.decode("pays_fee"), kind: try row.decode("kind"), isCouncil: try row.decode("is_council"),
                memberSince: try row.decode("member_since"), periodId: try row.decode("period_id"),
                periodStartsOn: try row.decode("period_starts_on"), hasYearFigures: try row.decode("has_figures"),
                population: try row.decode("population"), budgetRevenue: try row.decode("budget_revenue"),
                budgetCapital: try row.decode("budget_capital")))
        }
        return scan
    }

    /// What one batch created.
    public struct Created: Sendable, Hashable {
        public var periods: Int
        public var invoices: Int
        /// The new invoices' ids, ascending.
        public var invoiceIds: [Int64]
    }

    /// Creates `items`' periods (where missing), draft subscription invoices and their lines,
    /// and one audit entry per invoice (target `invoice:ID`) or per period without one (target
    /// `member:ID`), in one statement. Each invoice is inserted with its line's totals, which the
    /// lines' statement trigger then finds already right (it still checks them).
    public static func create(_ items: [RenewalItem], year: BillingYearRecord, currency: String, actor: String, actorRole: String,
                              requestID: String, method: String, on connection: PostgresConnection) throws -> Created {
        let ids = items.map(\.memberId)
        guard let low = ids.min(), let high = ids.max() else { return Created(periods: 0, invoices: 0, invoiceIds: []) }
        // The planner cannot tell that member_id is unique in the CTEs below, so it overestimates
        // their joins quadratically in the batch size; from about 3,000 members its cost passes
        // jit_above_cost, and compiling the statement takes longer than running it.
        try connection.execute("SET LOCAL jit = off")
        let row = try connection.query("""
            WITH input AS (
                SELECT * FROM unnest(\(ids)::bigint[], \(items.map(\.tier))::text[], \(items.map(\.startsOn))::date[],
                                     \(items.map(\.source))::text[], \(items.map { $0.line?.description })::text[],
                                     \(items.map { $0.line?.net })::bigint[], \(items.map { $0.line?.vatBasisPoints })::int[],
                                     \(items.map { $0.line?.vat })::bigint[], \(items.map { $0.line?.months })::smallint[])
                    AS t(member_id, tier, starts_on, source, description, net, vat_basis_points, vat, months)
            ), new_periods AS (
                INSERT INTO member_period (member_id, start_year, starts_on, ends_on, tier, source, created_by)
                SELECT member_id, \(year.startYear), starts_on, \(year.endsOn)::date, tier, source, \(actor) FROM input
                ON CONFLICT (member_id, start_year) DO NOTHING
                RETURNING id, member_id
            ), periods AS (
                SELECT id, member_id FROM new_periods
                UNION ALL
                SELECT p.id, p.member_id FROM member_period p JOIN input USING (member_id)
                -- The batch's id range lets this read the batch's periods by index, not all the
                -- year's (which the planner prefers when it cannot estimate the join).
                WHERE p.start_year = \(year.startYear) AND p.member_id BETWEEN \(low) AND \(high)
            ), invoices AS (
                INSERT INTO invoice (member_id, start_year, period_id, kind, tier, currency, net, vat, gross, created_by)
                SELECT p.member_id, \(year.startYear), p.id, 'subscription', i.tier, \(currency), i.net, i.vat, i.net + i.vat, \(actor)
                FROM periods p JOIN input i USING (member_id)
                WHERE i.net IS NOT NULL
                ORDER BY p.member_id
                ON CONFLICT (period_id) WHERE kind = 'subscription' AND status <> 'cancelled' DO NOTHING
                RETURNING id, member_id
            ), lines AS (
                INSERT INTO invoice_line (invoice_id, position, kind, description, net, vat_basis_points, vat, months)
                SELECT v.id, 1, 'subscription', i.description, i.net, i.vat_basis_points, i.vat, i.months
                FROM invoices v JOIN input i USING (member_id)
                RETURNING invoice_id
            ), audit AS (
                INSERT INTO audit_log (request_id, actor, actor_role, method, target, after)
                SELECT \(requestID), \(actor), \(actorRole), \(method), 'invoice:' || v.id,
                       jsonb_build_object('memberId', v.member_id, 'startYear', \(year.startYear)::int, 'kind', 'subscription',
                                          'status', 'draft', 'net', i.net, 'vat', i.vat, 'gross', i.net + i.vat)
                FROM invoices v JOIN input i USING (member_id)
                UNION ALL
                SELECT \(requestID), \(actor), \(actorRole), \(method), 'member:' || n.member_id,
                       jsonb_build_object('periodId', n.id, 'startYear', \(year.startYear)::int, 'startsOn', i.starts_on, 'tier', i.tier)
                FROM new_periods n JOIN input i USING (member_id)
                WHERE i.net IS NULL
                RETURNING id
            )
            SELECT (SELECT count(*) FROM new_periods)::int AS periods,
                   (SELECT count(*) FROM lines)::int AS lines,
                   (SELECT count(*) FROM audit)::int AS audited,
                   ARRAY(SELECT id FROM invoices ORDER BY id) AS invoice_ids
            """).first
        guard let row else { throw PostgresError(kind: .decoding, message: "the renewal batch returned nothing", column: nil) }
        let invoiceIds: [Int64] = try row.decode("invoice_ids")
        return Created(periods: try row.decode("periods"), invoices: invoiceIds.count, invoiceIds: invoiceIds)
    }
}
