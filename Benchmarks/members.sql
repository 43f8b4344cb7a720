-- Benchmarks/members.sql: :members active members with realistic, varied details, loaded in
-- one INSERT … SELECT (psql -v members=N -f members.sql). Member n has id n on a fresh database;
-- a quarter each are unitary councils (full), town councils (associate), co-operatives
-- (affiliate) and individuals (supporter), with names unique among current members.
INSERT INTO member (name, kind, tier, status, nation, region, website, population, budget_revenue, budget_capital, member_since)
SELECT p.place || ' ' || k.suffix || ' ' || g,
       k.kind, k.tier, 'active',
       (ARRAY['england','scotland','wales','northern_ireland'])[1 + g % 4],
       (ARRAY['North West','North East','Yorkshire and the Humber','East Midlands','West Midlands','East of England',
              'London','South East','South West'])[1 + g % 9],
       'https://example.org/m' || g,
       CASE WHEN k.council THEN 5000 + (g::bigint * 7919) % 1500000 END,
       CASE WHEN k.council THEN (1000000 + (g::bigint * 104729) % 900000000)::bigint * 100 END,
       CASE WHEN k.council THEN (100000 + (g::bigint * 15485863) % 90000000)::bigint * 100 END,
       DATE '2012-01-01' + (g % 5000)
FROM generate_series(1, :members) AS g
CROSS JOIN LATERAL (SELECT (ARRAY['Ashford','Barnsley','Calderdale','Derby','Exeter','Frome','Gateshead','Hackney','Ipswich',
        'Kirklees','Lambeth','Manchester','Newham','Oldham','Plymouth','Rochdale','Salford','Tameside','Wigan','York',
        'Aberystwyth','Bangor','Dundee','Ely','Inverness','Ludlow','Stroud','Totnes','Whitby','Zennor'])[1 + (g * 31) % 30] AS place) p
CROSS JOIN LATERAL (SELECT * FROM (VALUES
        (0, 'unitary', 'full', 'Council', true), (1, 'town_council', 'associate', 'Town Council', true),
        (2, 'cooperative', 'affiliate', 'Co-operative', false), (3, 'individual', 'supporter', 'Supporters', false))
        AS v(n, kind, tier, suffix, council) WHERE v.n = g % 4) k;
ANALYZE member;
