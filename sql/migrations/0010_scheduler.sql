-- Scheduled work and e-mail: the network's clock, job runs claimed with a lease, invoice
-- reminders decided once per (invoice, step), the outbox, and the change feed.
--
-- 1. The clock -----------------------------------------------------------------------------

-- What "now" means for the network's own dates: PostgreSQL's now(), moved by an offset that
-- only the schema owner can set. The offset is for tests (a whole membership year in seconds,
-- without sleeping); in production it stays zero and networkd's role can only read it.
CREATE TABLE network_clock (
    singleton  boolean  PRIMARY KEY DEFAULT true CHECK (singleton),
    offset_by  interval NOT NULL DEFAULT '0'
);

INSERT INTO network_clock DEFAULT VALUES;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON network_clock FROM networkd_daemon;
GRANT SELECT ON network_clock TO networkd_daemon;

-- The transaction's "now" on the network's clock.
CREATE FUNCTION network_now() RETURNS timestamptz
LANGUAGE sql STABLE AS $$
    SELECT now() + offset_by FROM network_clock
$$;

-- Today in the network's time zone, on the network's clock (was now() in 0005).
CREATE OR REPLACE FUNCTION network_today() RETURNS date
LANGUAGE sql STABLE AS $$
    SELECT (network_now() AT TIME ZONE time_zone)::date FROM network
$$;

-- 0005's check, reading today from network_today(); a future date is for a scheduled change.
CREATE OR REPLACE FUNCTION membership_dates_check(earliest date, latest date, what text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    founded smallint;
    today date;
BEGIN
    IF earliest IS NULL THEN
        RETURN;
    END IF;
    SELECT founding_year, (network_now() AT TIME ZONE time_zone)::date INTO founded, today FROM network FOR SHARE;
    IF extract(year FROM earliest) < founded THEN
        RAISE EXCEPTION '% % is before %, when the network was founded', what, earliest, founded
            USING ERRCODE = 'check_violation', CONSTRAINT = 'membership_date_after_founding', COLUMN = what;
    END IF;
    IF latest > today THEN
        RAISE EXCEPTION '% % is in the future: a change due later is scheduled for its day, not recorded now', what, latest
            USING ERRCODE = 'check_violation', CONSTRAINT = 'membership_date_not_future', COLUMN = what;
    END IF;
END
$$;

-- 2. Job runs -------------------------------------------------------------------------------

-- One run of a scheduled job: the occurrence it was due for (on the network's clock), who holds
-- it and until when (a lease on real time, renewed as the run goes), and how it ended.
-- A scheduled occurrence has at most one row: every daemon that finds it due tries to insert
-- it, and one wins; a run whose holder died is taken over when its lease has expired, and a
-- failed one is retried (attempts counts both).
CREATE TABLE job_run (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job          text        NOT NULL CHECK (job IN ('renewal', 'reminders', 'lapse', 'changes')),
    trigger      text        NOT NULL CHECK (trigger IN ('schedule', 'manual')),
    due_at       timestamptz NOT NULL,
    -- The membership year a renewal run is for.
    start_year   smallint    REFERENCES billing_year (start_year),
    requested_by text        NOT NULL CHECK (length(requested_by) BETWEEN 1 AND 200),
    holder       text        CHECK (length(holder) <= 200),
    lease_until  timestamptz,
    attempts     smallint    NOT NULL DEFAULT 1 CHECK (attempts >= 1),
    started_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    finished_at  timestamptz,
    outcome      text        CHECK (outcome IN ('succeeded', 'failed')),
    error        text        CHECK (length(error) <= 2000),
    counts       jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(counts) = 'object'),
    -- What the run could not do, one line each (a member it could not price…), the first 50.
    notes        text[]      NOT NULL DEFAULT '{}' CHECK (cardinality(notes) <= 50),
    CHECK ((job = 'renewal') = (start_year IS NOT NULL)),
    CHECK ((finished_at IS NULL) = (outcome IS NULL)),
    CHECK ((outcome = 'failed') = (error IS NOT NULL)),
    CHECK ((finished_at IS NULL) <= (holder IS NOT NULL AND lease_until IS NOT NULL))
);

CREATE UNIQUE INDEX job_run_occurrence_key ON job_run (job, due_at) WHERE trigger = 'schedule';
CREATE INDEX job_run_job_idx ON job_run (job, id DESC);
CREATE INDEX job_run_unfinished_idx ON job_run (lease_until) WHERE finished_at IS NULL;

REVOKE DELETE, TRUNCATE ON job_run FROM networkd_daemon;

-- 3. The outbox -------------------------------------------------------------------------------

-- One e-mail to send: what it is (its template), what it is about, who it goes to, and where
-- its delivery stands. The sender renders it on the first attempt and keeps the rendered
-- message, so a retry hands the MTA the same bytes, Message-ID and all.
CREATE TABLE outbox (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    template        text        NOT NULL CHECK (template ~ '^[a-z][a-z0-9-]{0,63}$'),
    member_id       bigint      REFERENCES member (id),
    invoice_id      bigint      REFERENCES invoice (id),
    -- Kind-specific facts for the template (a reminder's step, a lapse's date…).
    facts           jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(facts) = 'object'),
    -- [{contactId, name, address}]; NULL until the sender resolves them (the payer, the primary
    -- lead and finance contacts).
    recipients      jsonb       CHECK (jsonb_typeof(recipients) = 'array'),
    attach_invoice  boolean     NOT NULL DEFAULT false,
    status          text        NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed', 'cancelled')),
    attempts        smallint    NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    holder          text,
    lease_until     timestamptz,
    last_error      text        CHECK (length(last_error) <= 2000),
    subject         text,
    message         text,
    created_by      text        NOT NULL CHECK (length(created_by) BETWEEN 1 AND 200),
    created_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    sent_at         timestamptz,
    CHECK ((status = 'sent') = (sent_at IS NOT NULL)),
    -- A sent message keeps its rendered text, unless its recipient was erased (erase_contact_outbox).
    CONSTRAINT outbox_sent_has_message CHECK ((status = 'sent') <= (message IS NOT NULL OR recipients @> '[{"name": "[erased]"}]')),
    CHECK ((status = 'failed') <= (last_error IS NOT NULL))
);

CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE status = 'queued';
CREATE INDEX outbox_member_idx ON outbox (member_id, id DESC);
CREATE INDEX outbox_invoice_idx ON outbox (invoice_id) WHERE invoice_id IS NOT NULL;
CREATE INDEX outbox_status_idx ON outbox (status, id DESC);

REVOKE DELETE, TRUNCATE ON outbox FROM networkd_daemon;

-- A sent message stays as it was sent.
CREATE FUNCTION outbox_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status IN ('sent', 'cancelled') AND NEW.status IS DISTINCT FROM OLD.status THEN
        RAISE EXCEPTION 'message % is % and stays so', OLD.id, OLD.status
            USING ERRCODE = 'check_violation', CONSTRAINT = 'outbox_final';
    END IF;
    IF OLD.message IS NOT NULL AND NEW.message IS DISTINCT FROM OLD.message
        AND coalesce(current_setting('networkd.document_redaction', true), '') <> 'on' THEN
        RAISE EXCEPTION 'message % was rendered and is kept as it was', OLD.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'outbox_message_fixed';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER outbox_guard BEFORE UPDATE ON outbox FOR EACH ROW EXECUTE FUNCTION outbox_guard();

-- 4. Reminders ------------------------------------------------------------------------------

-- One row per (invoice, step), inserted once by the run that decides it, with its message.
-- A step a run finds due together with a later one is recorded as skipped, without a message:
-- a member is never sent three reminders at once after a daemon was down.
CREATE TABLE invoice_reminder (
    invoice_id     bigint      NOT NULL REFERENCES invoice (id),
    step           smallint    NOT NULL CHECK (step BETWEEN 1 AND 20),
    days_after_due smallint    NOT NULL CHECK (days_after_due BETWEEN 1 AND 3650),
    decided_on     date        NOT NULL,
    outcome        text        NOT NULL CHECK (outcome IN ('sent', 'skipped')),
    outbox_id      bigint      REFERENCES outbox (id),
    job_run_id     bigint      REFERENCES job_run (id),
    created_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (invoice_id, step),
    CHECK ((outcome = 'sent') = (outbox_id IS NOT NULL))
);

REVOKE UPDATE, DELETE, TRUNCATE ON invoice_reminder FROM networkd_daemon;

-- 5. Erasure ----------------------------------------------------------------------------------

-- Erasing a contact also forgets it as a recipient: its name and address in every message's
-- recipients, and the rendered copy of any message to it; a message still queued for it alone
-- is cancelled. Touches nothing else (the test compares the other rows byte for byte).
CREATE FUNCTION erase_contact_outbox(p_contact bigint) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    touched integer;
BEGIN
    PERFORM set_config('networkd.document_redaction', 'on', true);
    WITH hit AS (
        SELECT id FROM outbox
        WHERE recipients @> jsonb_build_array(jsonb_build_object('contactId', p_contact))
    ), rewritten AS (
        SELECT o.id,
               (SELECT jsonb_agg(CASE WHEN r -> 'contactId' = to_jsonb(p_contact)
                                      THEN jsonb_build_object('contactId', p_contact, 'name', '[erased]', 'address', '[erased]')
                                      ELSE r END ORDER BY n)
                FROM jsonb_array_elements(o.recipients) WITH ORDINALITY AS e(r, n)) AS recipients,
               NOT EXISTS (SELECT 1 FROM jsonb_array_elements(o.recipients) AS e(r)
                           WHERE r -> 'contactId' IS DISTINCT FROM to_jsonb(p_contact)) AS only_recipient
        FROM outbox o JOIN hit USING (id)
    )
    UPDATE outbox o SET recipients = w.recipients,
                        message = NULL,
                        subject = NULL,
                        status = CASE WHEN o.status = 'queued' AND w.only_recipient THEN 'cancelled' ELSE o.status END,
                        last_error = CASE WHEN o.status = 'queued' AND w.only_recipient THEN 'the recipient was erased'
                                          ELSE o.last_error END,
                        sent_at = o.sent_at
    FROM rewritten w WHERE o.id = w.id;
    GET DIAGNOSTICS touched = ROW_COUNT;
    PERFORM set_config('networkd.document_redaction', 'off', true);
    RETURN touched;
END
$$;

-- 6. The change feed --------------------------------------------------------------------------

-- Every statement that appends to the audit trail notifies channel networkd_audit with the
-- highest id it wrote; listeners read the trail from their last id on. One notification per
-- statement, not per row, so a renewal batch of a thousand invoices is one notification.
CREATE FUNCTION audit_log_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    newest bigint;
BEGIN
    SELECT max(id) INTO newest FROM appended;
    IF newest IS NOT NULL THEN
        PERFORM pg_notify('networkd_audit', newest::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER audit_log_notify AFTER INSERT ON audit_log REFERENCING NEW TABLE AS appended
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_notify();

-- 7. Changes that take effect later ---------------------------------------------------------

-- A change to a member asked for now and due on a later date: a tier change with a future
-- effective date, the end of a suspension (a reinstatement), or the start of a membership
-- entered or approved from a later date (the member waits as an applicant until then). The `changes` job applies each
-- on its date, exactly once: it takes the row FOR UPDATE while it is pending, applies it and
-- settles it in the same transaction. A member has at most one pending change of each kind.
CREATE TABLE scheduled_change (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id    bigint      NOT NULL REFERENCES member (id),
    change       text        NOT NULL CHECK (change IN ('tier', 'reinstate', 'start')),
    effective_on date        NOT NULL,
    to_tier      text        REFERENCES tier (code),
    to_kind      text        REFERENCES organisation_kind (code),
    reason       text        CHECK (length(reason) <= 2000),
    status       text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'applied', 'cancelled', 'failed')),
    created_by   text        NOT NULL CHECK (length(created_by) BETWEEN 1 AND 200),
    created_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    settled_by   text,
    settled_at   timestamptz,
    -- Why it was cancelled or could not be applied.
    note         text        CHECK (length(note) <= 2000),
    job_run_id   bigint      REFERENCES job_run (id),
    CHECK ((change = 'tier') = (to_tier IS NOT NULL AND to_kind IS NOT NULL)),
    CHECK (change = 'tier' OR (to_tier IS NULL AND to_kind IS NULL)),
    CHECK ((status = 'pending') = (settled_at IS NULL)),
    CHECK ((status = 'pending') = (settled_by IS NULL))
);

CREATE UNIQUE INDEX scheduled_change_pending_key ON scheduled_change (member_id, change) WHERE status = 'pending';
CREATE INDEX scheduled_change_due_idx ON scheduled_change (effective_on, id) WHERE status = 'pending';
CREATE INDEX scheduled_change_member_idx ON scheduled_change (member_id, id);

REVOKE DELETE, TRUNCATE ON scheduled_change FROM networkd_daemon;

-- A settled change stays as it was settled; a pending one changes only by being settled.
CREATE FUNCTION scheduled_change_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status <> 'pending' THEN
        RAISE EXCEPTION 'scheduled change % is % and stays so', OLD.id, OLD.status
            USING ERRCODE = 'check_violation', CONSTRAINT = 'scheduled_change_final';
    END IF;
    IF (NEW.id, NEW.member_id, NEW.change, NEW.effective_on, NEW.to_tier, NEW.to_kind, NEW.reason, NEW.created_by, NEW.created_at)
        IS DISTINCT FROM (OLD.id, OLD.member_id, OLD.change, OLD.effective_on, OLD.to_tier, OLD.to_kind, OLD.reason, OLD.created_by,
                          OLD.created_at) THEN
        RAISE EXCEPTION 'scheduled change % can be settled, not rewritten: cancel it and schedule another', OLD.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'scheduled_change_fixed';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER scheduled_change_guard BEFORE UPDATE ON scheduled_change FOR EACH ROW EXECUTE FUNCTION scheduled_change_guard();

-- An application approved from a later date keeps that date until the member is admitted on
-- it: its start date may now be in the future (still not before the founding year). Member
-- and tier-history dates stay refused in the future: those rows are written on the day.
CREATE OR REPLACE FUNCTION application_dates_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM membership_dates_check(min(starts_on), NULL, 'startsOn') FROM inserted;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION application_dates_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM membership_dates_check(min(n.starts_on), NULL, 'startsOn')
    FROM updated_new AS n JOIN updated_old AS o USING (id)
    WHERE n.starts_on IS DISTINCT FROM o.starts_on;
    RETURN NULL;
END
$$;
