-- Members and contacts as people read them:
-- 1. One holder per name compared case-folded with white space collapsed and trimmed:
--    'stroud  district council ' is Stroud District Council.
-- 2. An index for the default member list (current members).
-- 3. A contact demoted from primary for a role has changed: its version goes up.

-- 1. Names ---------------------------------------------------------------------------------

-- A name as it is compared: case-folded, every run of white space (including no-break and
-- ideographic spaces) one space, trimmed. IMMUTABLE, so it can key a unique index.
CREATE FUNCTION member_name_key(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT lower(btrim(regexp_replace(name, '[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+', ' ', 'g')))
$$;

DROP INDEX member_name_current_key;
-- One holder per name among applicants and current members; past members' names can be reused.
CREATE UNIQUE INDEX member_name_current_key ON member (member_name_key(name))
    WHERE status NOT IN ('rejected', 'resigned', 'terminated');

-- 2. The default list -----------------------------------------------------------------------

-- member.list shows current members unless asked otherwise: their pages are range scans of
-- their own index, in the list's order.
CREATE INDEX member_current_name_idx ON member (lower(name), id) WHERE status IN ('active', 'lapsed', 'suspended');

-- 3. Demoted primary contacts --------------------------------------------------------------

-- Whatever demotes a contact from primary, the contact's version goes up once per statement,
-- so a client holding the old version (expectedVersion) sees that it changed.
CREATE FUNCTION contact_role_demotion_bumps_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE contact AS c SET version = c.version + 1, updated_at = clock_timestamp()
    WHERE c.id IN (SELECT n.contact_id FROM demoted_new AS n JOIN demoted_old AS o USING (contact_id, role)
                   WHERE o.is_primary AND NOT n.is_primary);
    RETURN NULL;
END
$$;

CREATE TRIGGER contact_role_demotion_bumps_version AFTER UPDATE ON contact_role
    REFERENCING OLD TABLE AS demoted_old NEW TABLE AS demoted_new
    FOR EACH STATEMENT EXECUTE FUNCTION contact_role_demotion_bumps_version();
