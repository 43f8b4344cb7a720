-- The application lifecycle, as data; a trigger refuses any other status change. Mirrors
-- NetworkCore's ApplicationStatus.transitions (a test compares the two), as
-- member_status_transition mirrors MemberStatus.
--
-- submitted → recommended (the values board), recommended → recommended (it revises its
-- recommendation: the status stays, so the trigger never asks, but the table lists the pair
-- as the core does), recommended → approved (approval needs a recommendation), submitted |
-- recommended → rejected. approved and rejected are final.
CREATE TABLE application_status_transition (
    from_status text NOT NULL,
    to_status   text NOT NULL,
    PRIMARY KEY (from_status, to_status)
);

INSERT INTO application_status_transition (from_status, to_status) VALUES
    ('submitted', 'recommended'), ('submitted', 'rejected'),
    ('recommended', 'recommended'), ('recommended', 'approved'), ('recommended', 'rejected');

CREATE FUNCTION application_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status AND NOT EXISTS (
        SELECT 1 FROM application_status_transition WHERE from_status = OLD.status AND to_status = NEW.status
    ) THEN
        RAISE EXCEPTION 'application % cannot change from % to %', OLD.id, OLD.status, NEW.status
            USING ERRCODE = 'check_violation', CONSTRAINT = 'application_status_transition';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER application_guard BEFORE UPDATE ON application FOR EACH ROW EXECUTE FUNCTION application_guard();

-- The daemon role: the lifecycle is reference data, read-only.
REVOKE INSERT, UPDATE, DELETE ON application_status_transition FROM networkd_daemon;
