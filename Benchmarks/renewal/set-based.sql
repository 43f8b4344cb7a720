-- The renewal run as one set-based statement: the baseline Benchmarks/renewal/run times against
-- `networkctl renewal run`. It creates what networkd's run creates for year :year — the same
-- candidates, the same fee (from fee_tier and fee_band, in SQL), the same rows:
--   * a member_period for each current member (active or suspended, joined by the year's end)
--     without one: from the year's start, or from the joining day for a member who joined
--     within the year (source 'joined' when the period starts on the joining day);
--   * for a tier that pays, a draft subscription invoice with its one line (the same
--     description), inserted with the line's totals as networkd inserts it, priced as
--     FeeSchedule.quote prices: a council in a tier with bands pays its band (population,
--     budget, or the higher of both, population on a tie), anyone else the flat fee; for the
--     whole months left from the start, rounded half up, then VAT half up;
--   * the same audit rows: one per invoice (target invoice:ID), one per period of a free tier
--     (target member:ID).
-- A member it cannot price (no figure for its band, no fee for its tier) gets nothing, as
-- networkd skips it with a note. The run script substitutes :year (psql cannot bind in -c).
WITH yr AS (
    SELECT y.start_year, y.starts_on, y.ends_on, s.currency, s.vat_basis_points, s.pro_rata, s.budget_measure,
           extract(month FROM y.starts_on)::int AS start_month,
           CASE WHEN extract(month FROM y.starts_on) = 1 THEN y.start_year::text
                ELSE y.start_year || '/' || lpad(((y.start_year + 1) % 100)::text, 2, '0') END AS label
    FROM billing_year y JOIN fee_schedule s USING (start_year)
    WHERE y.start_year = :year
), bands AS (
    SELECT b.tier, b.measure, b.lower_bound, b.upper_bound, b.fee,
           row_number() OVER (PARTITION BY b.tier, b.measure ORDER BY b.lower_bound) AS position
    FROM fee_band b JOIN yr USING (start_year)
), candidates AS (
    SELECT m.id AS member_id, coalesce(p.tier, m.tier) AS tier, t.pays_fee, k.is_council, p.id AS period_id,
           m.member_since,
           coalesce(p.starts_on, CASE WHEN m.member_since > yr.starts_on THEN m.member_since ELSE yr.starts_on END) AS starts_on,
           coalesce(f.population, m.population)::bigint AS population,
           CASE yr.budget_measure
               WHEN 'revenue' THEN coalesce(f.budget_revenue, m.budget_revenue)
               WHEN 'capital' THEN coalesce(f.budget_capital, m.budget_capital)
               ELSE coalesce(f.budget_revenue, m.budget_revenue) + coalesce(f.budget_capital, m.budget_capital) END AS budget
    FROM yr
    JOIN member m ON m.status IN ('active', 'suspended') AND m.member_since <= yr.ends_on
    JOIN organisation_kind k ON k.code = m.kind
    LEFT JOIN member_period p ON p.member_id = m.id AND p.start_year = yr.start_year
    JOIN tier t ON t.code = coalesce(p.tier, m.tier)
    LEFT JOIN member_figures f ON f.member_id = m.id AND f.start_year = yr.start_year
    WHERE p.id IS NULL OR (t.pays_fee AND NOT EXISTS (
              SELECT 1 FROM invoice i WHERE i.period_id = p.id AND i.kind = 'subscription'))
), chosen AS (
    -- The fee's basis and the band that set it: by budget for a budget basis, or for `higher`
    -- when the budget band's fee is higher; none when a band the basis needs is missing.
    SELECT c.*, ft.flat_fee,
           CASE WHEN NOT c.pays_fee THEN 'free'
                WHEN c.is_council AND ft.band_basis IS NOT NULL THEN 'band'
                ELSE 'flat' END AS basis,
           CASE WHEN ft.band_basis = 'higher' AND (pb.fee IS NULL OR bb.fee IS NULL) THEN NULL
                WHEN u.by_budget THEN bb.fee ELSE pb.fee END AS band_fee,
           CASE WHEN u.by_budget THEN bb.position ELSE pb.position END AS band_position,
           CASE WHEN u.by_budget THEN 'budget' ELSE 'population' END AS band_measure,
           CASE WHEN yr.pro_rata = 'whole_year' THEN 12
                ELSE 12 - ((extract(year FROM c.starts_on)::int * 12 + extract(month FROM c.starts_on)::int)
                           - (yr.start_year * 12 + yr.start_month)) END AS months
    FROM candidates c
    CROSS JOIN yr
    LEFT JOIN fee_tier ft ON ft.start_year = yr.start_year AND ft.tier = c.tier
    LEFT JOIN bands pb ON pb.tier = c.tier AND pb.measure = 'population'
                      AND c.population >= pb.lower_bound AND (pb.upper_bound IS NULL OR c.population < pb.upper_bound)
    LEFT JOIN bands bb ON bb.tier = c.tier AND bb.measure = 'budget'
                      AND c.budget >= bb.lower_bound AND (bb.upper_bound IS NULL OR c.budget < bb.upper_bound)
    CROSS JOIN LATERAL (SELECT coalesce(ft.band_basis = 'budget' OR (ft.band_basis = 'higher' AND bb.fee > pb.fee), false) AS by_budget) u
), priced AS (
    SELECT ch.member_id, ch.tier, ch.period_id, ch.starts_on, ch.months,
           CASE WHEN ch.member_since = ch.starts_on THEN 'joined' ELSE 'renewal' END AS source,
           n.net, round(n.net * yr.vat_basis_points / 10000.0)::bigint AS vat, yr.vat_basis_points,
           CASE WHEN ch.basis <> 'free' THEN
               'Membership subscription ' || yr.label || ': ' || ch.tier || ' tier'
               || CASE WHEN ch.basis = 'band' THEN ', band ' || ch.band_position || ' by ' || ch.band_measure ELSE '' END
               || CASE WHEN ch.months = 12 THEN '; whole year' ELSE '; ' || ch.months || ' of 12 months from ' || ch.starts_on END
           END AS description
    FROM chosen ch
    CROSS JOIN yr
    CROSS JOIN LATERAL (SELECT CASE ch.basis WHEN 'free' THEN NULL
                                   ELSE round(CASE ch.basis WHEN 'band' THEN ch.band_fee ELSE ch.flat_fee END * ch.months / 12.0)::bigint
                               END AS net) n
    -- Priced, or free: a band without the figure it needs, or a tier without a fee, is skipped.
    WHERE ch.basis = 'free' OR n.net IS NOT NULL
), new_periods AS (
    INSERT INTO member_period (member_id, start_year, starts_on, ends_on, tier, source, created_by)
    SELECT p.member_id, yr.start_year, p.starts_on, yr.ends_on, p.tier, p.source, 'benchmark'
    FROM priced p CROSS JOIN yr
    WHERE p.period_id IS NULL
    ORDER BY p.member_id
    ON CONFLICT (member_id, start_year) DO NOTHING
    RETURNING id, member_id, tier, starts_on
), periods AS (
    SELECT id, member_id FROM new_periods
    UNION ALL
    SELECT period_id, member_id FROM priced WHERE period_id IS NOT NULL
), invoices AS (
    INSERT INTO invoice (member_id, start_year, period_id, kind, tier, currency, net, vat, gross, created_by)
    SELECT p.member_id, yr.start_year, ps.id, 'subscription', p.tier, yr.currency, p.net, p.vat, p.net + p.vat, 'benchmark'
    FROM priced p JOIN periods ps USING (member_id) CROSS JOIN yr
    WHERE p.net IS NOT NULL
    ORDER BY p.member_id
    ON CONFLICT (period_id) WHERE kind = 'subscription' AND status <> 'cancelled' DO NOTHING
    RETURNING id, member_id
), lines AS (
    INSERT INTO invoice_line (invoice_id, position, kind, description, net, vat_basis_points, vat, months)
    SELECT v.id, 1, 'subscription', p.description, p.net, p.vat_basis_points, p.vat, p.months
    FROM invoices v JOIN priced p USING (member_id)
    RETURNING invoice_id
), audit AS (
    INSERT INTO audit_log (request_id, actor, actor_role, method, target, after)
    SELECT 'benchmark', 'benchmark', 'secretariat', 'renewal.run', 'invoice:' || v.id,
           jsonb_build_object('memberId', v.member_id, 'startYear', yr.start_year::int, 'kind', 'subscription',
                              'status', 'draft', 'net', p.net, 'vat', p.vat, 'gross', p.net + p.vat)
    FROM invoices v JOIN priced p USING (member_id) CROSS JOIN yr
    UNION ALL
    SELECT 'benchmark', 'benchmark', 'secretariat', 'renewal.run', 'member:' || n.member_id,
           jsonb_build_object('periodId', n.id, 'startYear', yr.start_year::int, 'startsOn', n.starts_on, 'tier', n.tier)
    -- A free period is one in a tier that pays no fee (joined to tier, not to priced: the
    -- planner cannot estimate a CTE's RETURNING, and a nested loop over two of them is quadratic).
    FROM new_periods n JOIN tier t ON t.code = n.tier CROSS JOIN yr
    WHERE NOT t.pays_fee
    RETURNING id
)
SELECT (SELECT count(*) FROM new_periods) AS periods, (SELECT count(*) FROM invoices) AS invoices,
       (SELECT count(*) FROM lines) AS lines, (SELECT count(*) FROM audit) AS audited
