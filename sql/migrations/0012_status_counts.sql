-- daemon.status's counts kept as the rows change, instead of counted on every call.
--
-- At 100,000 members, counting the current members alone was a 12-15 ms sequential scan on
-- every `networkctl status`. Each count is now the sum of its counter's rows, which statement-
-- level triggers add from the statement's transition tables, in the statement's own
-- transaction: a count is exactly what a count(*) in the same snapshot would say.
-- * Writers only ever insert here, never update: a counter row that writers updated would make
--   every writing transaction wait for the one before it to commit (every mutation adds an
--   audit row), and a transaction held open would stall every writer behind it.
-- * status_count_fold() replaces the committed rows by one row per counter, taking only rows no
--   other fold holds (SKIP LOCKED): it waits for nobody and nobody waits for it. The daemon runs
--   it now and then (StatusCountFolding); without it the counts stay right, only slower to sum.
-- * A statement that changes no count writes nothing (an UPDATE of a member's region).
-- * The daemon may read the counters, never write them: the triggers' function and the fold run
--   as the owner of the schema.
-- * TRUNCATE of a counted table (never done by networkd; a maintenance step might) resets its
--   counters.

CREATE TABLE status_count (
    id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text   NOT NULL,
    n    bigint NOT NULL
);
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON status_count FROM networkd_daemon;
GRANT SELECT ON status_count TO networkd_daemon;

CREATE FUNCTION status_count_add(counter text, delta bigint) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    INSERT INTO status_count (name, n) VALUES (counter, delta)
$$;
REVOKE ALL ON FUNCTION status_count_add(text, bigint) FROM PUBLIC;

-- Folds the committed rows into one per counter (none for a counter at 0), when there are more
-- than `above`; answers how many rows it folded.
CREATE FUNCTION status_count_fold(above int) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    folded bigint;
BEGIN
    IF (SELECT count(*) FROM (SELECT 1 FROM status_count LIMIT above + 1) AS r) <= above THEN
        RETURN 0;
    END IF;
    WITH taken AS (
        DELETE FROM status_count
        WHERE id IN (SELECT id FROM status_count FOR UPDATE SKIP LOCKED)
        RETURNING name, n
    ), summed AS (
        INSERT INTO status_count (name, n)
        SELECT name, sum(n) FROM taken GROUP BY name HAVING sum(n) <> 0
    )
    SELECT count(*) INTO folded FROM taken;
    RETURN folded;
END
$$;
REVOKE ALL ON FUNCTION status_count_fold(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION status_count_fold(int) TO networkd_daemon;

-- Moves each counter named in the trigger's arguments (name, condition on the row, …) by the
-- rows of the statement that meet its condition: new rows add, old rows subtract.
CREATE FUNCTION status_count_rows() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    i int := 0;
    added bigint;
    removed bigint;
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        WHILE i < TG_NARGS LOOP
            DELETE FROM status_count WHERE name = TG_ARGV[i];
            i := i + 2;
        END LOOP;
        RETURN NULL;
    END IF;
    WHILE i < TG_NARGS LOOP
        added := 0;
        removed := 0;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            EXECUTE format('SELECT count(*) FROM new_rows WHERE %s', TG_ARGV[i + 1]) INTO added;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            EXECUTE format('SELECT count(*) FROM old_rows WHERE %s', TG_ARGV[i + 1]) INTO removed;
        END IF;
        IF added <> removed THEN
            PERFORM status_count_add(TG_ARGV[i], added - removed);
        END IF;
        i := i + 2;
    END LOOP;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION status_count_rows() FROM PUBLIC;

-- One trigger per event (transition tables allow no more), and one for TRUNCATE; then each
-- counter's first row: what the table holds now, by the same condition.
CREATE PROCEDURE status_count_triggers(tab regclass, VARIADIC counters text[])
LANGUAGE plpgsql AS $$
DECLARE
    args text := (SELECT string_agg(quote_literal(c), ', ') FROM unnest(counters) AS c);
BEGIN
    EXECUTE format('CREATE TRIGGER status_count_insert AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION status_count_rows(%s)', tab, args);
    EXECUTE format('CREATE TRIGGER status_count_update AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION status_count_rows(%s)', tab, args);
    EXECUTE format('CREATE TRIGGER status_count_delete AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION status_count_rows(%s)', tab, args);
    EXECUTE format('CREATE TRIGGER status_count_truncate AFTER TRUNCATE ON %s
                    FOR EACH STATEMENT EXECUTE FUNCTION status_count_rows(%s)', tab, args);
    FOR i IN 1 .. array_length(counters, 1) BY 2 LOOP
        EXECUTE format('INSERT INTO status_count (name, n) SELECT %L, count(*) FROM %s WHERE %s',
                       counters[i], tab, counters[i + 1]);
    END LOOP;
END
$$;

-- The same definitions as the Swift side's (MemberStatusFilter.current, ApplicationStatus
-- .isDecided, …); StatusCountTests checks each counter against a count(*) made from those.
CALL status_count_triggers('member', 'currentMembers', $c$status IN ('active', 'lapsed', 'suspended')$c$);
CALL status_count_triggers('application', 'openApplications', $c$status IN ('submitted', 'recommended')$c$);
CALL status_count_triggers('invoice',
    'unpaidInvoices', $c$status IN ('issued', 'part_paid')$c$,
    'invoicesAwaitingPurchaseOrder', $c$status = 'awaiting_po'$c$);
CALL status_count_triggers('job_run',
    'jobsRunning', $c$finished_at IS NULL$c$,
    'jobRunsFailed', $c$outcome = 'failed'$c$);
CALL status_count_triggers('outbox',
    'mailQueued', $c$status = 'queued'$c$,
    'mailFailed', $c$status = 'failed'$c$);
CALL status_count_triggers('audit_log', 'auditEntries', 'true');
DROP PROCEDURE status_count_triggers(regclass, text[]);
