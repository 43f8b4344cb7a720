-- Membership: organisation kinds, tiers (which kinds qualify is data), members and their
-- lifecycle, applications, contacts and member tokens.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Organisation kinds. Councils state population and controllable budget (the fee bands).
CREATE TABLE organisation_kind (
    code        text    PRIMARY KEY CHECK (code ~ '^[a-z_]{2,40}$'),
    name        text    NOT NULL,
    is_council  boolean NOT NULL,
    sort_order  integer NOT NULL
);

INSERT INTO organisation_kind (code, name, is_council, sort_order) VALUES
    ('unitary',                 'Unitary authority',                          true,  10),
    ('county',                  'County council',                             true,  11),
    ('district',                'District council',                           true,  12),
    ('borough',                 'Borough council',                            true,  13),
    ('metropolitan_borough',    'Metropolitan borough council',               true,  14),
    ('london_borough',          'London borough council',                     true,  15),
    ('combined_authority',      'Combined authority',                         true,  16),
    ('town_council',            'Town council',                               true,  20),
    ('parish_council',          'Parish council',                             true,  21),
    ('community_council',       'Community council',                          true,  22),
    ('political_group',         'Political group in a council',               false, 23),
    ('devolved_administration', 'Devolved administration',                    false, 24),
    ('overseas_government',     'Local or regional government outside the UK', false, 25),
    ('professional_body',       'Professional body',                          false, 30),
    ('policy_group',            'Policy group or think tank',                 false, 31),
    ('association',             'Association',                                false, 32),
    ('cooperative',             'Co-operative',                               false, 33),
    ('university',              'University',                                 false, 34),
    ('company',                 'Company',                                    false, 35),
    ('charity',                 'Charity or voluntary organisation',          false, 36),
    ('individual',              'Individual',                                 false, 90);

-- Tiers. `votes`: in a ballot's default electorate; `pays_fee`: charged a subscription.
CREATE TABLE tier (
    code        text    PRIMARY KEY CHECK (code ~ '^[a-z_]{2,40}$'),
    name        text    NOT NULL,
    votes       boolean NOT NULL,
    pays_fee    boolean NOT NULL,
    sort_order  integer NOT NULL
);

INSERT INTO tier (code, name, votes, pays_fee, sort_order) VALUES
    ('full',      'Full member',      true,  true,  1),
    ('associate', 'Associate member', false, true,  2),
    ('affiliate', 'Affiliate member', false, true,  3),
    ('supporter', 'Supporter',        false, false, 4);

-- Which kinds qualify for which tier: data the secretariat can change.
CREATE TABLE tier_kind (
    tier  text NOT NULL REFERENCES tier (code),
    kind  text NOT NULL REFERENCES organisation_kind (code),
    PRIMARY KEY (tier, kind)
);

INSERT INTO tier_kind (tier, kind)
SELECT 'full', code FROM organisation_kind
WHERE code IN ('unitary', 'county', 'district', 'borough', 'metropolitan_borough', 'london_borough', 'combined_authority');
INSERT INTO tier_kind (tier, kind)
SELECT 'associate', code FROM organisation_kind
WHERE code IN ('town_council', 'parish_council', 'community_council', 'political_group', 'devolved_administration', 'overseas_government');
INSERT INTO tier_kind (tier, kind)
SELECT 'affiliate', code FROM organisation_kind
WHERE code IN ('professional_body', 'policy_group', 'association', 'cooperative', 'university', 'company', 'charity');
INSERT INTO tier_kind (tier, kind) SELECT 'supporter', code FROM organisation_kind;

-- The member lifecycle, as data; a trigger refuses any other status change. Mirrors
-- NetworkCore's MemberStatus.transitions (a test compares the two).
CREATE TABLE member_status_transition (
    from_status text NOT NULL,
    to_status   text NOT NULL,
    PRIMARY KEY (from_status, to_status)
);

INSERT INTO member_status_transition (from_status, to_status) VALUES
    ('applicant', 'active'), ('applicant', 'rejected'),
    ('active', 'lapsed'), ('active', 'suspended'), ('active', 'resigned'), ('active', 'terminated'),
    ('lapsed', 'active'), ('lapsed', 'resigned'), ('lapsed', 'terminated'),
    ('suspended', 'active'), ('suspended', 'resigned'), ('suspended', 'terminated');

CREATE TABLE member (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    kind            text        NOT NULL REFERENCES organisation_kind (code),
    tier            text        NOT NULL REFERENCES tier (code),
    status          text        NOT NULL CHECK (status IN ('applicant', 'active', 'lapsed', 'suspended', 'resigned', 'terminated', 'rejected')),
    nation          text        NOT NULL CHECK (nation IN ('england', 'scotland', 'wales', 'northern_ireland', 'outside_uk')),
    region          text        CHECK (length(region) <= 100),
    website         text        CHECK (website ~ '^https?://\S+$' AND length(website) <= 300),
    population      integer     CHECK (population > 0),
    budget_revenue  bigint      CHECK (budget_revenue >= 0),
    budget_capital  bigint      CHECK (budget_capital >= 0),
    -- "Member since": set once, when membership starts; never changes.
    member_since    date,
    po_required     boolean     NOT NULL DEFAULT false,
    version         integer     NOT NULL DEFAULT 1 CHECK (version > 0),
    created_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    CHECK (status IN ('applicant', 'rejected') OR member_since IS NOT NULL)
);

-- One current member per name (case-insensitive); past members' names can be reused.
CREATE UNIQUE INDEX member_name_current_key ON member (lower(name))
    WHERE status NOT IN ('rejected', 'resigned', 'terminated');
-- Keyset pagination in name order, and the list filters.
CREATE INDEX member_name_order_idx ON member (lower(name), id);
CREATE INDEX member_name_trgm_idx ON member USING gin (name gin_trgm_ops);
CREATE INDEX member_tier_idx ON member (tier, lower(name), id);
CREATE INDEX member_status_idx ON member (status, lower(name), id);

CREATE FUNCTION member_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status AND NOT EXISTS (
        SELECT 1 FROM member_status_transition WHERE from_status = OLD.status AND to_status = NEW.status
    ) THEN
        RAISE EXCEPTION 'member % cannot change from % to %', OLD.id, OLD.status, NEW.status
            USING ERRCODE = 'check_violation', CONSTRAINT = 'member_status_transition';
    END IF;
    IF OLD.member_since IS NOT NULL AND NEW.member_since IS DISTINCT FROM OLD.member_since THEN
        RAISE EXCEPTION 'member % joined on % and that never changes', OLD.id, OLD.member_since
            USING ERRCODE = 'check_violation', CONSTRAINT = 'member_since_fixed';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER member_guard BEFORE UPDATE ON member FOR EACH ROW EXECUTE FUNCTION member_guard();

-- Every status change: who, when, why. from_status is NULL for the first entry.
CREATE TABLE member_status_change (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id   bigint      NOT NULL REFERENCES member (id),
    from_status text,
    to_status   text        NOT NULL,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor       text        NOT NULL,
    reason      text        CHECK (length(reason) <= 2000),
    CHECK (from_status IS NULL OR (from_status, to_status) IS NOT NULL),
    FOREIGN KEY (from_status, to_status) REFERENCES member_status_transition (from_status, to_status)
);

CREATE INDEX member_status_change_member_idx ON member_status_change (member_id, id);

-- Every tier change, kept for pricing and history.
CREATE TABLE member_tier_change (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id     bigint      NOT NULL REFERENCES member (id),
    from_tier     text        REFERENCES tier (code),
    to_tier       text        NOT NULL REFERENCES tier (code),
    from_kind     text        REFERENCES organisation_kind (code),
    to_kind       text        NOT NULL REFERENCES organisation_kind (code),
    effective_on  date        NOT NULL,
    at            timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor         text        NOT NULL,
    reason        text        CHECK (length(reason) <= 2000)
);

CREATE INDEX member_tier_change_member_idx ON member_tier_change (member_id, id);

-- Applications: the values board recommends, the executive committee decides.
CREATE TABLE application (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id           bigint      NOT NULL UNIQUE REFERENCES member (id),
    tier_sought         text        NOT NULL REFERENCES tier (code),
    statement           text        NOT NULL CHECK (length(btrim(statement)) BETWEEN 20 AND 10000),
    status              text        NOT NULL DEFAULT 'submitted'
                                    CHECK (status IN ('submitted', 'recommended', 'approved', 'rejected')),
    recommendation      text        CHECK (recommendation IN ('approve', 'reject')),
    recommendation_note text        CHECK (length(recommendation_note) <= 5000),
    recommended_by      text,
    recommended_at      timestamptz,
    decision_reason     text        CHECK (length(decision_reason) <= 5000),
    decided_by          text,
    decided_at          timestamptz,
    starts_on           date,
    submitted_by        text        NOT NULL,
    submitted_at        timestamptz NOT NULL DEFAULT clock_timestamp(),
    version             integer     NOT NULL DEFAULT 1,
    CHECK ((status IN ('recommended', 'approved')) <= (recommendation IS NOT NULL)),
    CHECK ((status = 'approved') = (starts_on IS NOT NULL)),
    CHECK ((status = 'rejected') <= (decision_reason IS NOT NULL AND length(btrim(decision_reason)) > 0)),
    CHECK ((status IN ('approved', 'rejected')) = (decided_at IS NOT NULL))
);

CREATE INDEX application_status_idx ON application (status, id DESC);

-- Contacts: named people per member.
CREATE TABLE contact (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id   bigint      NOT NULL REFERENCES member (id),
    name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    email       text        NOT NULL CHECK (length(email) <= 254 AND email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    phone       text        CHECK (length(phone) <= 40),
    job_title   text        CHECK (length(job_title) <= 200),
    version     integer     NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE UNIQUE INDEX contact_member_email_key ON contact (member_id, lower(email));
CREATE INDEX contact_member_idx ON contact (member_id, id);

CREATE TABLE contact_role (
    contact_id  bigint  NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    member_id   bigint  NOT NULL REFERENCES member (id),
    role        text    NOT NULL CHECK (role IN ('lead_member', 'lead_officer', 'finance', 'events')),
    is_primary  boolean NOT NULL DEFAULT false,
    PRIMARY KEY (contact_id, role)
);

-- At most one primary contact per member and role.
CREATE UNIQUE INDEX contact_role_primary_key ON contact_role (member_id, role) WHERE is_primary;

-- Member tokens: only the SHA-256 of the secret is stored.
CREATE TABLE member_token (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contact_id    bigint      NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    member_id     bigint      NOT NULL REFERENCES member (id),
    token_hash    text        NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    prefix        text        NOT NULL CHECK (length(prefix) BETWEEN 4 AND 16),
    issued_by     text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    expires_at    timestamptz NOT NULL,
    revoked_at    timestamptz,
    last_used_at  timestamptz,
    CHECK (expires_at > created_at)
);

CREATE INDEX member_token_contact_idx ON member_token (contact_id);
CREATE INDEX member_token_member_idx ON member_token (member_id);

-- Erasure (UK GDPR): the audit trail is append-only, but copies of an erased person's data in
-- it must be anonymised in place. Only this function may do that: it runs as the schema owner,
-- replaces the given values inside before/after with "[erased]", and the append-only trigger
-- lets an UPDATE through only while it runs.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_setting('networkd.audit_redaction', true) = 'on'
       AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.request_id = OLD.request_id AND NEW.actor = OLD.actor
       AND NEW.actor_role = OLD.actor_role AND NEW.method = OLD.method AND NEW.target IS NOT DISTINCT FROM OLD.target THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Replaces every occurrence of the erased values inside the string VALUES of a JSON document
-- (never its keys or structure) with "[erased]".
CREATE FUNCTION jsonb_redact(doc jsonb, erased text[]) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    result text;
    value text;
BEGIN
    CASE jsonb_typeof(doc)
    WHEN 'object' THEN
        RETURN coalesce((SELECT jsonb_object_agg(key, jsonb_redact(item, erased)) FROM jsonb_each(doc) AS e(key, item)), '{}'::jsonb);
    WHEN 'array' THEN
        RETURN coalesce((SELECT jsonb_agg(jsonb_redact(item, erased) ORDER BY position)
                         FROM jsonb_array_elements(doc) WITH ORDINALITY AS a(item, position)), '[]'::jsonb);
    WHEN 'string' THEN
        result := doc #>> '{}';
        -- Longest values first, through a control-character placeholder, so that a short value
        -- never rewrites part of a longer one or of the marker itself.
        FOR value IN SELECT v FROM unnest(erased) AS v WHERE length(v) > 0 ORDER BY length(v) DESC LOOP
            result := replace(result, value, chr(1));
        END LOOP;
        RETURN to_jsonb(replace(result, chr(1), '[erased]'));
    ELSE
        RETURN doc;
    END CASE;
END
$$;

CREATE FUNCTION audit_redact(erased text[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    changed integer;
BEGIN
    PERFORM set_config('networkd.audit_redaction', 'on', true);
    WITH redacted AS (
        SELECT id, jsonb_redact(before, erased) AS new_before, jsonb_redact(after, erased) AS new_after
        FROM audit_log
        -- Prefilter on the value as it is escaped inside JSON text.
        WHERE EXISTS (SELECT 1 FROM unnest(erased) AS v, LATERAL (SELECT to_json(v)::text AS quoted) AS q
                      WHERE length(v) > 0
                        AND (strpos(before::text, substr(q.quoted, 2, length(q.quoted) - 2)) > 0
                             OR strpos(after::text, substr(q.quoted, 2, length(q.quoted) - 2)) > 0))
    )
    UPDATE audit_log AS a SET before = r.new_before, after = r.new_after
    FROM redacted AS r
    WHERE a.id = r.id AND (a.before IS DISTINCT FROM r.new_before OR a.after IS DISTINCT FROM r.new_after);
    GET DIAGNOSTICS changed = ROW_COUNT;
    PERFORM set_config('networkd.audit_redaction', 'off', true);
    RETURN changed;
END
$$;

REVOKE ALL ON FUNCTION audit_redact(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_redact(text[]) TO networkd_daemon;

-- The daemon role: reference data is read-only except tier_kind; history is append-only.
REVOKE INSERT, UPDATE, DELETE ON organisation_kind, tier, member_status_transition FROM networkd_daemon;
REVOKE UPDATE, DELETE ON member_status_change, member_tier_change FROM networkd_daemon;
