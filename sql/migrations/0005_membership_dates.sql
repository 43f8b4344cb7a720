-- Membership dates are plausible: the network's founding year (a network setting; CCIN's
-- default 2012) bounds them below, and today in the network's time zone bounds them above
-- until changes that take effect later can be scheduled. Applies to a member's member-since, a
-- tier change's effective date and an approval's start date, whoever writes them.

ALTER TABLE network ADD COLUMN founding_year smallint NOT NULL DEFAULT 2012
    CHECK (founding_year BETWEEN 1800 AND 2999);

-- Today in the network's time zone: what "today" means for every membership date.
CREATE FUNCTION network_today() RETURNS date
LANGUAGE sql STABLE AS $$
    SELECT (now() AT TIME ZONE time_zone)::date FROM network
$$;

-- Refuses membership dates before the founding year or after today: `earliest` and `latest`
-- are the extremes of the dates one statement writes, `what` names them in the message (the
-- wire's field name). Locks the settings row FOR SHARE, so that a concurrent change of the
-- founding year waits for this transaction (and then sees its dates).
CREATE FUNCTION membership_dates_check(earliest date, latest date, what text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    founded smallint;
    today date;
BEGIN
    IF earliest IS NULL THEN
        RETURN;
    END IF;
    SELECT founding_year, (now() AT TIME ZONE time_zone)::date INTO founded, today FROM network FOR SHARE;
    IF extract(year FROM earliest) < founded THEN
        RAISE EXCEPTION '% % is before %, when the network was founded', what, earliest, founded
            USING ERRCODE = 'check_violation', CONSTRAINT = 'membership_date_after_founding', COLUMN = what;
    END IF;
    IF latest > today THEN
        RAISE EXCEPTION '% % is in the future; changes that take effect later are not supported yet', what, latest
            USING ERRCODE = 'check_violation', CONSTRAINT = 'membership_date_not_future', COLUMN = what;
    END IF;
END
$$;

-- Statement-level, over the transition tables: one check per statement, so a bulk load of
-- 100,000 members costs one look at the settings, not 100,000.
CREATE FUNCTION member_dates_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM membership_dates_check(min(member_since), max(member_since), 'memberSince') FROM inserted;
    RETURN NULL;
END
$$;

CREATE FUNCTION member_dates_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM membership_dates_check(min(n.member_since), max(n.member_since), 'memberSince')
    FROM updated_new AS n JOIN updated_old AS o USING (id)
    WHERE n.member_since IS DISTINCT FROM o.member_since;
    RETURN NULL;
END
$$;

CREATE TRIGGER member_dates_inserted AFTER INSERT ON member REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION member_dates_inserted();
CREATE TRIGGER member_dates_updated AFTER UPDATE ON member REFERENCING OLD TABLE AS updated_old NEW TABLE AS updated_new
    FOR EACH STATEMENT EXECUTE FUNCTION member_dates_updated();

CREATE FUNCTION member_tier_change_dates_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM membership_dates_check(min(effective_on), max(effective_on), 'effectiveOn') FROM inserted;
    RETURN NULL;
END
$$;

CREATE TRIGGER member_tier_change_dates_inserted AFTER INSERT ON member_tier_change REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION member_tier_change_dates_inserted();

CREATE FUNCTION application_dates_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM membership_dates_check(min(starts_on), max(starts_on), 'startsOn') FROM inserted;
    RETURN NULL;
END
$$;

CREATE FUNCTION application_dates_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM membership_dates_check(min(n.starts_on), max(n.starts_on), 'startsOn')
    FROM updated_new AS n JOIN updated_old AS o USING (id)
    WHERE n.starts_on IS DISTINCT FROM o.starts_on;
    RETURN NULL;
END
$$;

CREATE TRIGGER application_dates_inserted AFTER INSERT ON application REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION application_dates_inserted();
CREATE TRIGGER application_dates_updated AFTER UPDATE ON application REFERENCING OLD TABLE AS updated_old NEW TABLE AS updated_new
    FOR EACH STATEMENT EXECUTE FUNCTION application_dates_updated();

-- The founding year cannot move past a date already recorded.
CREATE FUNCTION network_founding_year_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    earliest date;
BEGIN
    IF NEW.founding_year > OLD.founding_year THEN
        SELECT min(d) INTO earliest FROM (
            SELECT min(member_since) AS d FROM member
            UNION ALL SELECT min(effective_on) FROM member_tier_change
            UNION ALL SELECT min(starts_on) FROM application
        ) AS dates;
        IF extract(year FROM earliest) < NEW.founding_year THEN
            RAISE EXCEPTION 'foundingYear % is after %, a membership date already recorded', NEW.founding_year, earliest
                USING ERRCODE = 'check_violation', CONSTRAINT = 'network_founding_year_before_dates',
                      COLUMN = 'founding_year';
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER network_founding_year_guard BEFORE UPDATE OF founding_year ON network
    FOR EACH ROW EXECUTE FUNCTION network_founding_year_guard();
