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
    /// Up to `limit` candidates for `year` with ids above `after`, in id order: current members
    /// (active or suspended) who joined by the year's end.
    public static func candidates(_ year: BillingYearRecord, after: Int64, limit: Int, on connection: PostgresConnection) throws
        -> [RenewalCandidate]
    {
        try connection.query("""
            SELECT m.id, m.name, m.kind, k.is_council, m.member_since::text AS member_since, t.code AS tier, t.pays_fee,
                   p.id AS period_id, p.starts_on::text AS period_starts_on, f.member_id IS NOT NULL AS has_figures,
                   coalesce(f.population, m.population) AS population, coalesce(f.budget_revenue, m.budget_revenue) AS budget_revenue,
                   coalesce(f.budget_capital, m.budget_capital) AS budget_capital
            FROM member m
            JOIN organisation_kind k ON k.code = m.kind
            LEFT JOIN member_period p ON p.member_id = m.id AND p.start_year = \(year.startYear)
            JOIN tier t ON t.code = coalesce(p.tier, m.tier)
            LEFT JOIN member_figures f ON f.member_id = m.id AND f.start_year = \(year.startYear)
            WHERE m.id > \(after) AND m.status IN ('active', 'suspended') AND m.member_since <= \(year.endsOn)::date
              AND (p.id IS NULL OR (t.pays_fee AND NOT EXISTS (
                       SELECT 1 FROM invoice i WHERE i.period_id = p.id AND i.kind = 'subscription')))
            ORDER BY m.id
            LIMIT \(limit)
            """).map { row in
            RenewalCandidate(
                memberId: try row.decode("id"), name: try row.decode("name"), tier: try row.decode("tier"),
                tierPaysFee: try row.decode("pays_fee"), kind: try row.decode("kind"), isCouncil: try row.decode("is_council"),
                memberSince: try row.decode("member_since"), periodId: try row.decode("period_id"),
                periodStartsOn: try row.decode("period_starts_on"), hasYearFigures: try row.decode("has_figures"),
                population: try row.decode("population"), budgetRevenue: try row.decode("budget_revenue"),
                budgetCapital: try row.decode("budget_capital"))
        }
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
    /// `member:ID`), in one statement.
    public static func create(_ items: [RenewalItem], year: BillingYearRecord, currency: String, actor: String, actorRole: String,
                              requestID: String, method: String, on connection: PostgresConnection) throws -> Created {
        guard !items.isEmpty else { return Created(periods: 0, invoices: 0, invoiceIds: []) }
        let row = try connection.query("""
            WITH input AS (
                SELECT * FROM unnest(\(items.map(\.memberId))::bigint[], \(items.map(\.tier))::text[], \(items.map(\.startsOn))::date[],
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
                WHERE p.start_year = \(year.startYear)
            ), invoices AS (
                INSERT INTO invoice (member_id, start_year, period_id, kind, tier, currency, created_by)
                SELECT p.member_id, \(year.startYear), p.id, 'subscription', i.tier, \(currency), \(actor)
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
        let ids: [Int64] = try row.decode("invoice_ids")
        return Created(periods: try row.decode("periods"), invoices: ids.count, invoiceIds: ids)
    }
}
