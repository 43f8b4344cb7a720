-- deploy/demo-data.sql — a small, realistic network for trying networkd out.
--
-- Loaded once by deploy/quickstart, after the migrations, in one transaction
-- (psql --single-transaction -v ON_ERROR_STOP=1). Everything here is made up:
-- the figures are plausible, not real; every email address is on an .example
-- domain; no member tokens are issued.
--
-- What is in it: 14 councils of every kind (12 current, one of them suspended,
-- and 2 applicants: one application submitted, one recommended by the values
-- board), associates (a town council, a parish council, an opposition group,
-- an overseas city), affiliates (a professional body, a university, a
-- co-operative, a think tank) and a supporter, with the status and tier
-- history the daemon would have written, and named contacts with roles.
--
-- Rows refer to members by name, so no ids are fixed and no identity is
-- overridden. Budgets are in pence.

-- Only into an empty network: a second load would duplicate the history.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM member) THEN
        RAISE EXCEPTION 'demo data is only for an empty network: the member table already has rows';
    END IF;
END
$$;

-- The members, in their current state.
INSERT INTO member (name, kind, tier, status, nation, region, website, population, budget_revenue, budget_capital,
                    member_since, po_required, version, created_at, updated_at)
VALUES
    -- Full members: councils.
    ('Oldham Council', 'metropolitan_borough', 'full', 'active', 'england', 'North West',
     'https://www.oldham.example', 242100, 28460000000, 9650000000, '2019-04-01', true, 2,
     '2019-01-14 10:05:00+00', '2019-03-20 15:30:00+00'),
    ('Kirklees Council', 'metropolitan_borough', 'full', 'active', 'england', 'Yorkshire and the Humber',
     'https://www.kirklees.example', 441290, 35600000000, 12000000000, '2018-08-01', false, 1,
     '2018-07-24 09:00:00+00', '2018-07-24 09:00:00+00'),
    ('Lambeth Council', 'london_borough', 'full', 'active', 'england', 'London',
     'https://www.lambeth.example', 317600, 34150000000, 15200000000, '2020-08-01', true, 2,
     '2020-05-11 11:20:00+00', '2020-07-15 14:00:00+00'),
    ('Preston City Council', 'district', 'full', 'active', 'england', 'North West',
     'https://www.preston.example', 150000, 3120000000, 1450000000, '2022-04-01', false, 2,
     '2022-01-10 16:45:00+00', '2022-03-16 10:10:00+00'),
    ('Cardiff Council', 'unitary', 'full', 'active', 'wales', 'South East Wales',
     'https://www.cardiff.example', 372100, 80650000000, 21000000000, '2021-08-01', true, 2,
     '2021-04-19 13:00:00+00', '2021-07-14 09:45:00+00'),
    ('Glasgow City Council', 'unitary', 'full', 'active', 'scotland', 'Glasgow City',
     'https://www.glasgow.example', 635130, 185000000000, 36500000000, '2018-08-01', true, 1,
     '2018-07-24 09:10:00+00', '2018-07-24 09:10:00+00'),
    ('Sunderland City Council', 'metropolitan_borough', 'full', 'active', 'england', 'North East',
     'https://www.sunderland.example', 277700, 27800000000, 11800000000, '2024-04-01', false, 2,
     '2023-11-06 10:30:00+00', '2024-03-13 16:20:00+00'),
    ('Plymouth City Council', 'unitary', 'full', 'active', 'england', 'South West',
     'https://www.plymouth.example', 266800, 23200000000, 9800000000, '2019-08-01', false, 1,
     '2019-07-30 12:00:00+00', '2019-07-30 12:00:00+00'),
    ('Lancashire County Council', 'county', 'full', 'active', 'england', 'North West',
     'https://www.lancashire.example', 1235400, 103500000000, 24400000000, '2023-08-01', true, 1,
     '2023-07-27 10:00:00+00', '2023-07-27 10:00:00+00'),
    ('Greater Manchester Combined Authority', 'combined_authority', 'full', 'active', 'england', 'North West',
     'https://www.greatermanchester-ca.example', 2868000, 120000000000, 80000000000, '2021-08-01', true, 1,
     '2021-07-28 14:15:00+00', '2021-07-28 14:15:00+00'),
    ('Southwark Council', 'london_borough', 'full', 'active', 'england', 'London',
     'https://www.southwark.example', 307600, 33100000000, 17500000000, '2020-08-01', true, 1,
     '2020-07-29 09:30:00+00', '2020-07-29 09:30:00+00'),
    ('Northmoor District Council', 'district', 'full', 'suspended', 'england', 'East Midlands',
     'https://www.northmoor-dc.example', 98500, 1580000000, 420000000, '2020-08-01', false, 2,
     '2020-07-29 09:40:00+00', '2025-11-18 15:00:00+00'),
    -- Applicants: no member_since until approved.
    ('Calderdale Council', 'metropolitan_borough', 'full', 'applicant', 'england', 'Yorkshire and the Humber',
     'https://www.calderdale.example', 206600, 19850000000, 7300000000, NULL, false, 1,
     '2026-02-09 11:00:00+00', '2026-02-09 11:00:00+00'),
    ('Newport City Council', 'unitary', 'full', 'applicant', 'wales', 'South East Wales',
     'https://www.newport.example', 159600, 38600000000, 6200000000, NULL, true, 1,
     '2026-01-12 10:00:00+00', '2026-01-12 10:00:00+00'),
    -- Associates.
    ('Hebden Royd Town Council', 'town_council', 'associate', 'active', 'england', 'Yorkshire and the Humber',
     'https://www.hebdenroyd.example', 11900, 62000000, 15000000, '2021-08-01', false, 2,
     '2021-07-28 14:30:00+00', '2023-09-12 10:00:00+00'),
    ('Ringmer Parish Council', 'parish_council', 'associate', 'active', 'england', 'South East',
     'https://www.ringmer-pc.example', 4800, 18500000, 2000000, '2024-08-01', false, 1,
     '2024-07-30 09:00:00+00', '2024-07-30 09:00:00+00'),
    ('Labour Group, Example County Council', 'political_group', 'associate', 'active', 'england', 'East Midlands',
     NULL, NULL, NULL, NULL, '2022-08-01', false, 1,
     '2022-07-27 16:00:00+00', '2022-07-27 16:00:00+00'),
    ('Comune di Bologna', 'overseas_government', 'associate', 'active', 'outside_uk', 'Emilia-Romagna, Italy',
     'https://www.comune-bologna.example', NULL, NULL, NULL, '2023-08-01', false, 1,
     '2023-07-27 10:15:00+00', '2023-07-27 10:15:00+00'),
    -- Affiliates.
    ('Institute of Community Finance Officers', 'professional_body', 'affiliate', 'active', 'england', 'London',
     'https://www.icfo.example', NULL, NULL, NULL, '2019-08-01', true, 1,
     '2019-07-30 12:10:00+00', '2019-07-30 12:10:00+00'),
    ('University of the Pennines', 'university', 'affiliate', 'active', 'england', 'North West',
     'https://www.pennines.ac.example', NULL, NULL, NULL, '2022-08-01', true, 1,
     '2022-07-27 16:10:00+00', '2022-07-27 16:10:00+00'),
    ('Calder Valley Energy Co-operative', 'cooperative', 'affiliate', 'active', 'england', 'Yorkshire and the Humber',
     'https://www.caldervalleyenergy.example', NULL, NULL, NULL, '2023-08-01', false, 1,
     '2023-07-27 10:20:00+00', '2023-07-27 10:20:00+00'),
    ('Centre for Local Democracy', 'policy_group', 'affiliate', 'active', 'england', 'London',
     'https://www.localdemocracy.example', NULL, NULL, NULL, '2020-08-01', false, 2,
     '2020-07-29 09:50:00+00', '2024-06-05 11:00:00+00'),
    -- A supporter.
    ('Dr Helen Marsh', 'individual', 'supporter', 'active', 'scotland', 'Edinburgh',
     NULL, NULL, NULL, NULL, '2025-01-15', false, 1,
     '2025-01-15 17:00:00+00', '2025-01-15 17:00:00+00');

-- Applications: four members came in through one (approved), two are waiting.
INSERT INTO application (member_id, tier_sought, statement, status, recommendation, recommendation_note, recommended_by,
                         recommended_at, decided_by, decided_at, starts_on, submitted_by, submitted_at, version)
SELECT m.id, 'full', v.statement, v.status, v.recommendation, v.note, v.recommended_by, v.recommended_at::timestamptz,
       v.decided_by, v.decided_at::timestamptz, v.starts_on::date, 'uid:1001(jmorgan)', m.created_at, v.version
FROM (VALUES
    ('Oldham Council',
     'Oldham is committed to co-operative values: our Co-operative Oldham programme puts residents and partners at the heart of public services.',
     'approved', 'approve', 'A founding example of the co-operative council model.', 'uid:1002(values-board)',
     '2019-02-20 18:00:00+00', 'uid:1001(jmorgan)', '2019-03-20 15:30:00+00', '2019-04-01', 3),
    ('Lambeth Council',
     'Lambeth commits to co-producing services with residents and to sharing what works with other councils in the network.',
     'approved', 'approve', 'Strong record on co-production.', 'uid:1002(values-board)',
     '2020-06-17 18:00:00+00', 'uid:1001(jmorgan)', '2020-07-15 14:00:00+00', '2020-08-01', 3),
    ('Cardiff Council',
     'Cardiff will work co-operatively with communities across the city and with Welsh partners on community wealth building.',
     'approved', 'approve', NULL, 'uid:1002(values-board)',
     '2021-06-16 18:00:00+00', 'uid:1001(jmorgan)', '2021-07-14 09:45:00+00', '2021-08-01', 3),
    ('Preston City Council',
     'The Preston Model of community wealth building is co-operative at its core; we want to share it and learn from others.',
     'approved', 'approve', 'Community wealth building leader.', 'uid:1002(values-board)',
     '2022-02-16 18:00:00+00', 'uid:1001(jmorgan)', '2022-03-16 10:10:00+00', '2022-04-01', 3),
    ('Sunderland City Council',
     'Sunderland commits to co-operative approaches in adult social care and neighbourhood services.',
     'approved', 'approve', NULL, 'uid:1002(values-board)',
     '2024-02-14 18:00:00+00', 'uid:1001(jmorgan)', '2024-03-13 16:20:00+00', '2024-04-01', 3),
    ('Newport City Council',
     'Newport wants to build on its community hubs and commits to the network''s co-operative values and principles.',
     'recommended', 'approve', 'Recommended; for the executive committee in March.', 'uid:1002(values-board)',
     '2026-02-18 18:00:00+00', NULL, NULL, NULL, 2),
    ('Calderdale Council',
     'Calderdale commits to co-operative values, building on our Vision 2024 partnerships with residents and businesses.',
     'submitted', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1)
) AS v(name, statement, status, recommendation, note, recommended_by, recommended_at, decided_by, decided_at, starts_on,
       version)
JOIN member AS m ON m.name = v.name
ORDER BY m.created_at;

-- Status history: the first entry of each member is from NULL.
INSERT INTO member_status_change (member_id, from_status, to_status, at, actor, reason)
SELECT m.id, v.from_status, v.to_status, v.at::timestamptz, v.actor, v.reason
FROM (VALUES
    ('Oldham Council', NULL, 'applicant', '2019-01-14 10:05:00+00', 'uid:1001(jmorgan)', 'application submitted'),
    ('Lambeth Council', NULL, 'applicant', '2020-05-11 11:20:00+00', 'uid:1001(jmorgan)', 'application submitted'),
    ('Cardiff Council', NULL, 'applicant', '2021-04-19 13:00:00+00', 'uid:1001(jmorgan)', 'application submitted'),
    ('Preston City Council', NULL, 'applicant', '2022-01-10 16:45:00+00', 'uid:1001(jmorgan)', 'application submitted'),
    ('Sunderland City Council', NULL, 'applicant', '2023-11-06 10:30:00+00', 'uid:1001(jmorgan)', 'application submitted'),
    ('Newport City Council', NULL, 'applicant', '2026-01-12 10:00:00+00', 'uid:1001(jmorgan)', 'application submitted'),
    ('Calderdale Council', NULL, 'applicant', '2026-02-09 11:00:00+00', 'uid:1001(jmorgan)', 'application submitted'),
    ('Kirklees Council', NULL, 'active', '2018-07-24 09:00:00+00', 'uid:1001(jmorgan)', 'direct entry'),
    ('Glasgow City Council', NULL, 'active', '2018-07-24 09:10:00+00', 'uid:1001(jmorgan)', 'direct entry'),
    ('Plymouth City Council', NULL, 'active', '2019-07-30 12:00:00+00', 'uid:1001(jmorgan)', 'direct entry'),
    ('Institute of Community Finance Officers', NULL, 'active', '2019-07-30 12:10:00+00', 'uid:1001(jmorgan)', 'direct entry'),
    ('Southwark Council', NULL, 'active', '2020-07-29 09:30:00+00', 'uid:1001(jmorgan)', 'direct entry'),
    ('Northmoor District Council', NULL, 'active', '2020-07-29 09:40:00+00', 'uid:1001(jmorgan)', 'direct entry'),
    ('Centre for Local Democracy', NULL, 'active', '2020-07-29 09:50:00+00', 'uid:1001(jmorgan)', 'direct entry'),
    ('Greater Manchester Combined Authority', NULL, 'active', '2021-07-28 14:15:00+00', 'uid:1001(jmorgan)', 'direct entry'),
    ('Hebden Royd Town Council', NULL, 'active', '2021-07-28 14:30:00+00', 'uid:1001(jmorgan)', 'direct entry'),
    ('Labour Group, Example County Council', NULL, 'active', '2022-07-27 16:00:00+00', 'uid:1001(jmorgan)', 'direct entry'),
    ('University of the Pennines', NULL, 'active', '2022-07-27 16:10:00+00', 'uid:1001(jmorgan)', 'direct entry'),
    ('Lancashire County Council', NULL, 'active', '2023-07-27 10:00:00+00', 'uid:1001(jmorgan)', 'direct entry'),
    ('Comune di Bologna', NULL, 'active', '2023-07-27 10:15:00+00', 'uid:1001(jmorgan)', 'direct entry'),
    ('Calder Valley Energy Co-operative', NULL, 'active', '2023-07-27 10:20:00+00', 'uid:1001(jmorgan)', 'direct entry'),
    ('Ringmer Parish Council', NULL, 'active', '2024-07-30 09:00:00+00', 'uid:1001(jmorgan)', 'direct entry'),
    ('Dr Helen Marsh', NULL, 'active', '2025-01-15 17:00:00+00', 'uid:1001(jmorgan)', 'direct entry'),
    ('Northmoor District Council', 'active', 'suspended', '2025-11-18 15:00:00+00', 'uid:1001(jmorgan)',
     'Subscription for 2024/25 unpaid after three reminders')
) AS v(name, from_status, to_status, at, actor, reason)
JOIN member AS m ON m.name = v.name
ORDER BY v.at::timestamptz;

-- Approvals, as application.approve records them (the reason names the application).
INSERT INTO member_status_change (member_id, from_status, to_status, at, actor, reason)
SELECT a.member_id, 'applicant', 'active', a.decided_at, a.decided_by, 'application ' || a.id || ' approved'
FROM application AS a
WHERE a.status = 'approved'
ORDER BY a.id;

-- Tier history: the first tier when membership starts, then the changes.
INSERT INTO member_tier_change (member_id, from_tier, to_tier, from_kind, to_kind, effective_on, at, actor, reason)
SELECT a.member_id, NULL, m.tier, NULL, m.kind, a.starts_on, a.decided_at, a.decided_by, 'application ' || a.id || ' approved'
FROM application AS a
JOIN member AS m ON m.id = a.member_id
WHERE a.status = 'approved'
ORDER BY a.id;

INSERT INTO member_tier_change (member_id, from_tier, to_tier, from_kind, to_kind, effective_on, at, actor, reason)
SELECT m.id, v.from_tier, v.to_tier, v.from_kind, m.kind, v.effective_on::date, v.at::timestamptz, 'uid:1001(jmorgan)', v.reason
FROM (VALUES
    ('Kirklees Council', NULL, 'full', NULL, '2018-08-01', '2018-07-24 09:00:00+00', 'direct entry'),
    ('Glasgow City Council', NULL, 'full', NULL, '2018-08-01', '2018-07-24 09:10:00+00', 'direct entry'),
    ('Plymouth City Council', NULL, 'full', NULL, '2019-08-01', '2019-07-30 12:00:00+00', 'direct entry'),
    ('Institute of Community Finance Officers', NULL, 'affiliate', NULL, '2019-08-01', '2019-07-30 12:10:00+00', 'direct entry'),
    ('Southwark Council', NULL, 'full', NULL, '2020-08-01', '2020-07-29 09:30:00+00', 'direct entry'),
    ('Northmoor District Council', NULL, 'full', NULL, '2020-08-01', '2020-07-29 09:40:00+00', 'direct entry'),
    ('Centre for Local Democracy', NULL, 'supporter', NULL, '2020-08-01', '2020-07-29 09:50:00+00', 'direct entry'),
    ('Greater Manchester Combined Authority', NULL, 'full', NULL, '2021-08-01', '2021-07-28 14:15:00+00', 'direct entry'),
    ('Hebden Royd Town Council', NULL, 'supporter', NULL, '2021-08-01', '2021-07-28 14:30:00+00', 'direct entry'),
    ('Labour Group, Example County Council', NULL, 'associate', NULL, '2022-08-01', '2022-07-27 16:00:00+00', 'direct entry'),
    ('University of the Pennines', NULL, 'affiliate', NULL, '2022-08-01', '2022-07-27 16:10:00+00', 'direct entry'),
    ('Lancashire County Council', NULL, 'full', NULL, '2023-08-01', '2023-07-27 10:00:00+00', 'direct entry'),
    ('Comune di Bologna', NULL, 'associate', NULL, '2023-08-01', '2023-07-27 10:15:00+00', 'direct entry'),
    ('Calder Valley Energy Co-operative', NULL, 'affiliate', NULL, '2023-08-01', '2023-07-27 10:20:00+00', 'direct entry'),
    ('Ringmer Parish Council', NULL, 'associate', NULL, '2024-08-01', '2024-07-30 09:00:00+00', 'direct entry'),
    ('Dr Helen Marsh', NULL, 'supporter', NULL, '2025-01-15', '2025-01-15 17:00:00+00', 'direct entry'),
    ('Hebden Royd Town Council', 'supporter', 'associate', 'town_council', '2023-10-01', '2023-09-12 10:00:00+00',
     'Town council resolved to join as an associate member'),
    ('Centre for Local Democracy', 'supporter', 'affiliate', 'policy_group', '2024-08-01', '2024-06-05 11:00:00+00',
     'Moved to affiliate to take part in the policy lab')
) AS v(name, from_tier, to_tier, from_kind, effective_on, at, reason)
JOIN member AS m ON m.name = v.name
ORDER BY v.at::timestamptz;

-- Contacts: named people per member (obviously fictional; .example domains).
INSERT INTO contact (member_id, name, email, phone, job_title, created_at, updated_at)
SELECT m.id, v.name, v.email, v.phone, v.job_title, m.created_at, m.created_at
FROM (VALUES
    ('Oldham Council', 'Priya Shah', 'priya.shah@oldham.example', '0161 770 0101', 'Head of Finance', 1),
    ('Oldham Council', 'Cllr Sam Hughes', 'sam.hughes@oldham.example', NULL, 'Cabinet Member for Co-operatives', 2),
    ('Oldham Council', 'Dan Whitworth', 'dan.whitworth@oldham.example', '0161 770 0102', 'Policy Manager', 3),
    ('Kirklees Council', 'Farah Iqbal', 'farah.iqbal@kirklees.example', '01484 220 101', 'Finance Business Partner', 4),
    ('Kirklees Council', 'Cllr Tom Ashworth', 'tom.ashworth@kirklees.example', NULL, 'Leader of the Council', 5),
    ('Lambeth Council', 'Grace Adeyemi', 'grace.adeyemi@lambeth.example', '020 7926 0101', 'Strategic Finance Lead', 6),
    ('Lambeth Council', 'Marcus Bell', 'marcus.bell@lambeth.example', NULL, 'Head of Co-production', 7),
    ('Preston City Council', 'Rachel Kenyon', 'rachel.kenyon@preston.example', '01772 906 101', 'Chief Finance Officer', 8),
    ('Preston City Council', 'Cllr Imran Patel', 'imran.patel@preston.example', NULL, 'Cabinet Member for Community Wealth', 9),
    ('Cardiff Council', 'Owain Pritchard', 'owain.pritchard@cardiff.example', '029 2087 0101', 'Finance Manager', 10),
    ('Cardiff Council', 'Siân Howells', 'sian.howells@cardiff.example', NULL, 'Head of Partnerships', 11),
    ('Glasgow City Council', 'Fiona MacLeod', 'fiona.macleod@glasgow.example', '0141 287 0101', 'Principal Accountant', 12),
    ('Glasgow City Council', 'Cllr Euan Fraser', 'euan.fraser@glasgow.example', NULL, 'City Convener for Communities', 13),
    ('Sunderland City Council', 'Joanne Lister', 'joanne.lister@sunderland.example', '0191 520 0101', 'Finance Officer', 14),
    ('Plymouth City Council', 'Ben Trelawny', 'ben.trelawny@plymouth.example', '01752 668 010', 'Head of Finance', 15),
    ('Lancashire County Council', 'Karen Holt', 'karen.holt@lancashire.example', '01772 530 101', 'Senior Accountant', 16),
    ('Lancashire County Council', 'Cllr Alan Cross', 'alan.cross@lancashire.example', NULL, 'Cabinet Member for Resources', 17),
    ('Greater Manchester Combined Authority', 'Nadia Rahman', 'nadia.rahman@greatermanchester-ca.example', NULL,
     'Head of Public Service Reform', 18),
    ('Greater Manchester Combined Authority', 'Steve Kershaw', 'steve.kershaw@greatermanchester-ca.example', '0161 778 0101',
     'Finance Manager', 19),
    ('Southwark Council', 'Ade Okafor', 'ade.okafor@southwark.example', '020 7525 0101', 'Finance Business Partner', 20),
    ('Northmoor District Council', 'Julie Pearson', 'julie.pearson@northmoor-dc.example', '01623 450 101', 'Finance Manager', 21),
    ('Calderdale Council', 'Hannah Sutcliffe', 'hannah.sutcliffe@calderdale.example', NULL, 'Policy Officer', 22),
    ('Newport City Council', 'Rhys Morgan', 'rhys.morgan@newport.example', NULL, 'Head of Community Regeneration', 23),
    ('Hebden Royd Town Council', 'Ruth Greenwood', 'clerk@hebdenroyd.example', '01422 843 101', 'Town Clerk', 24),
    ('Ringmer Parish Council', 'Peter Lamb', 'clerk@ringmer-pc.example', NULL, 'Parish Clerk', 25),
    ('Labour Group, Example County Council', 'Cllr Maria Lopez', 'maria.lopez@labourgroup.example', NULL, 'Group Leader', 26),
    ('Comune di Bologna', 'Giulia Rossi', 'giulia.rossi@comune-bologna.example', NULL, 'International Relations Officer', 27),
    ('Institute of Community Finance Officers', 'Mark Devlin', 'mark.devlin@icfo.example', '020 7543 0101', 'Director of Finance', 28),
    ('University of the Pennines', 'Prof Aisha Karim', 'a.karim@pennines.ac.example', NULL, 'Professor of Public Policy', 29),
    ('University of the Pennines', 'Accounts Payable', 'accounts.payable@pennines.ac.example', NULL, NULL, 30),
    ('Calder Valley Energy Co-operative', 'Tom Ackroyd', 'tom@caldervalleyenergy.example', NULL, 'Secretary', 31),
    ('Centre for Local Democracy', 'Lucy Chen', 'lucy.chen@localdemocracy.example', NULL, 'Director', 32),
    ('Dr Helen Marsh', 'Dr Helen Marsh', 'helen.marsh@mail.example', NULL, NULL, 33)
) AS v(member, name, email, phone, job_title, position)
JOIN member AS m ON m.name = v.member
ORDER BY v.position;

-- Roles; at most one primary per member and role.
INSERT INTO contact_role (contact_id, member_id, role, is_primary)
SELECT c.id, c.member_id, v.role, v.is_primary
FROM (VALUES
    ('priya.shah@oldham.example', 'finance', true),
    ('sam.hughes@oldham.example', 'lead_member', true),
    ('dan.whitworth@oldham.example', 'lead_officer', true),
    ('dan.whitworth@oldham.example', 'events', true),
    ('farah.iqbal@kirklees.example', 'finance', true),
    ('tom.ashworth@kirklees.example', 'lead_member', true),
    ('grace.adeyemi@lambeth.example', 'finance', true),
    ('marcus.bell@lambeth.example', 'lead_officer', true),
    ('marcus.bell@lambeth.example', 'events', false),
    ('rachel.kenyon@preston.example', 'finance', true),
    ('rachel.kenyon@preston.example', 'lead_officer', true),
    ('imran.patel@preston.example', 'lead_member', true),
    ('owain.pritchard@cardiff.example', 'finance', true),
    ('sian.howells@cardiff.example', 'lead_officer', true),
    ('sian.howells@cardiff.example', 'events', true),
    ('fiona.macleod@glasgow.example', 'finance', true),
    ('euan.fraser@glasgow.example', 'lead_member', true),
    ('joanne.lister@sunderland.example', 'finance', true),
    ('ben.trelawny@plymouth.example', 'finance', true),
    ('ben.trelawny@plymouth.example', 'lead_officer', true),
    ('karen.holt@lancashire.example', 'finance', true),
    ('alan.cross@lancashire.example', 'lead_member', true),
    ('nadia.rahman@greatermanchester-ca.example', 'lead_officer', true),
    ('steve.kershaw@greatermanchester-ca.example', 'finance', true),
    ('ade.okafor@southwark.example', 'finance', true),
    ('julie.pearson@northmoor-dc.example', 'finance', true),
    ('hannah.sutcliffe@calderdale.example', 'lead_officer', true),
    ('rhys.morgan@newport.example', 'lead_officer', true),
    ('clerk@hebdenroyd.example', 'finance', true),
    ('clerk@hebdenroyd.example', 'lead_officer', true),
    ('clerk@ringmer-pc.example', 'finance', true),
    ('maria.lopez@labourgroup.example', 'lead_member', true),
    ('maria.lopez@labourgroup.example', 'finance', true),
    ('giulia.rossi@comune-bologna.example', 'lead_officer', true),
    ('mark.devlin@icfo.example', 'finance', true),
    ('a.karim@pennines.ac.example', 'lead_officer', true),
    ('accounts.payable@pennines.ac.example', 'finance', true),
    ('tom@caldervalleyenergy.example', 'finance', true),
    ('tom@caldervalleyenergy.example', 'lead_officer', true),
    ('lucy.chen@localdemocracy.example', 'lead_officer', true),
    ('lucy.chen@localdemocracy.example', 'finance', true),
    ('helen.marsh@mail.example', 'finance', true)
) AS v(email, role, is_primary)
JOIN contact AS c ON c.email = v.email;

-- Every row above joined on a name or an email: check none was dropped by a typo.
-- Billing: the network's details, the membership year containing today (CCIN's years start
-- on 1 August; invoices are dated 1 September), and a CCIN-like fee schedule. The real CCIN
-- thresholds and fees are not public: these bands are invented, plausible, for trying it out.
UPDATE billing_settings SET
    address = E'Co-operative Councils'' Innovation Network\nc/o Civic Centre\n1 Example Square\nOldham OL1 1AA',
    email = 'accounts@ccin.example',
    payment_details = E'Bank transfer to Co-operative Councils'' Innovation Network\nSort code 08-00-00, account 12345678\nQuote the invoice number as the reference';

INSERT INTO billing_year (start_year, starts_on, ends_on, invoice_date, payment_terms_days, opened_by)
SELECT y, make_date(y, 8, 1), make_date(y + 1, 7, 31), make_date(y, 9, 1), 30, 'demo-data'
FROM (SELECT CASE WHEN extract(month FROM network_today()) >= 8 THEN extract(year FROM network_today())::int
                  ELSE extract(year FROM network_today())::int - 1 END AS y) AS current_year;

INSERT INTO fee_schedule (start_year, currency, vat_basis_points, pro_rata, budget_measure, updated_by)
SELECT start_year, 'GBP', 0, 'monthly', 'revenue', 'demo-data' FROM billing_year;

-- Full members (principal councils) by population; associates flat, town and parish councils
-- by population; affiliates flat; supporters free (no entry).
INSERT INTO fee_tier (start_year, tier, flat_fee, band_basis)
SELECT start_year, tier, flat_fee, band_basis FROM billing_year,
    (VALUES ('full', NULL::bigint, 'population'), ('associate', 60000, 'population'), ('affiliate', 75000, NULL)) AS t(tier, flat_fee, band_basis);

INSERT INTO fee_band (start_year, tier, measure, lower_bound, upper_bound, fee)
SELECT start_year, tier, 'population', lower_bound, upper_bound, fee FROM billing_year,
    (VALUES ('full', 0, 150000, 250000), ('full', 150000, 300000, 400000), ('full', 300000, 500000, 550000),
            ('full', 500000, NULL, 700000),
            ('associate', 0, 5000, 15000), ('associate', 5000, 20000, 30000), ('associate', 20000, NULL, 60000))
    AS b(tier, lower_bound, upper_bound, fee);

-- This year's figures for the councils, as stated on their member records.
INSERT INTO member_figures (member_id, start_year, population, budget_revenue, budget_capital, recorded_by)
SELECT m.id, y.start_year, m.population, m.budget_revenue, m.budget_capital, 'demo-data'
FROM member AS m CROSS JOIN billing_year AS y
WHERE m.status IN ('active', 'lapsed', 'suspended') AND m.population IS NOT NULL;

-- Every current member's period in the year, as the renewal run would add them.
INSERT INTO member_period (member_id, start_year, starts_on, ends_on, tier, source, created_by)
SELECT m.id, y.start_year, greatest(y.starts_on, m.member_since), y.ends_on, m.tier,
       CASE WHEN m.member_since > y.starts_on THEN 'joined' ELSE 'renewal' END, 'demo-data'
FROM member AS m CROSS JOIN billing_year AS y
WHERE m.status IN ('active', 'lapsed', 'suspended') AND m.member_since <= y.ends_on;

-- The demo's renewal for its year counts as done (as if the secretariat had run it by hand):
-- the walkthrough invoices members one by one, so the scheduler must not draft them all when
-- networkd first starts. The occurrence is the default schedule's (scheduler_time = 06:00).
INSERT INTO job_run (job, trigger, due_at, start_year, requested_by, holder, lease_until, finished_at, outcome)
SELECT 'renewal', 'schedule', (y.invoice_date + time '06:00') AT TIME ZONE n.time_zone, y.start_year, 'demo-data', 'demo-data',
       clock_timestamp(), clock_timestamp(), 'succeeded'
FROM billing_year AS y CROSS JOIN network AS n;

-- Where two councils' invoices go.
INSERT INTO member_billing (member_id, billing_address)
SELECT id, address FROM member JOIN (VALUES
    ('Oldham Council', E'Accounts Payable\nOldham Council\nCivic Centre, West Street\nOldham OL1 1UT'),
    ('Lambeth Council', E'Exchequer Services\nLambeth Council\nPO Box 734\nLondon SW2 1WE')) AS a(name, address) USING (name);

DO $$
DECLARE
    members integer := (SELECT count(*) FROM member);
BEGIN
    IF members <> 23 THEN
        RAISE EXCEPTION 'demo data: expected 23 members, found %', members;
    END IF;
    IF (SELECT count(*) FROM application) <> 7 THEN
        RAISE EXCEPTION 'demo data: an application did not find its member';
    END IF;
    IF EXISTS (SELECT 1 FROM member AS m WHERE NOT EXISTS (
                   SELECT 1 FROM member_status_change AS s WHERE s.member_id = m.id AND s.from_status IS NULL)) THEN
        RAISE EXCEPTION 'demo data: a member has no first status entry';
    END IF;
    IF EXISTS (SELECT 1 FROM member AS m WHERE m.status <> 'applicant' AND NOT EXISTS (
                   SELECT 1 FROM member_tier_change AS t WHERE t.member_id = m.id AND t.from_tier IS NULL)) THEN
        RAISE EXCEPTION 'demo data: a member has no first tier entry';
    END IF;
    IF EXISTS (SELECT 1 FROM member AS m
               WHERE m.status <> (SELECT s.to_status FROM member_status_change AS s WHERE s.member_id = m.id
                                  ORDER BY s.at DESC, s.id DESC LIMIT 1)
                  OR (m.status <> 'applicant' AND m.tier <> (SELECT t.to_tier FROM member_tier_change AS t
                                                             WHERE t.member_id = m.id ORDER BY t.at DESC, t.id DESC LIMIT 1))) THEN
        RAISE EXCEPTION 'demo data: a member''s status or tier disagrees with its history';
    END IF;
    IF (SELECT count(*) FROM contact) <> 33 OR (SELECT count(*) FROM contact_role) <> 42 THEN
        RAISE EXCEPTION 'demo data: a contact or role did not find its member or contact (% contacts, % roles)',
            (SELECT count(*) FROM contact), (SELECT count(*) FROM contact_role);
    END IF;
END
$$;
