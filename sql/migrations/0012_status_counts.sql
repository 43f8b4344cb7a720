-- daemon.status's counts kept as the rows change, instead of counted on every call.
--
-- At 100,000 members, counting the current members alone was a 12-15 ms sequential scan on
-- every `networkctl status`. Each count is now the sum of a counter's shards, which statement-
-- level triggers move from the statement's transition tables, in the statement's own
-- transaction: a count is exactly what a count(*) in the same snapshot would say.
-- * Shards (by transaction id, 16 of them): every mutation adds an audit row, and one counter
--   row would make every writing transaction wait for the one before it to commit.
-- * A statement that changes no count writes nothing (an UPDATE of a member's region).
-- * The daemon may read the counters, never write them: the triggers' function runs as the
--   owner of the schema.
-- * TRUNCATE of a counted table (never done by networkd; a maintenance step might) resets its
--   counters.

CREATE TABLE status_count (
    name  text   NOT NULL,
    shard int    NOT NULL CHECK (shard BETWEEN 0 AND 15),
    n     bigint NOT NULL,
    PRIMARY KEY (name, shard)
);
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON status_count FROM networkd_daemon;
GRANT SELECT ON status_count TO networkd_daemon;

CREATE FUNCTION status_count_add(counter text, delta bigint) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    INSERT INTO status_count AS c (name, shard, n) VALUES (counter, (txid_current() % 16)::int, delta)
    ON CONFLICT (name, shard) DO UPDATE SET n = c.n + excluded.n
$$;
REVOKE ALL ON FUNCTION status_count_add(text, bigint) FROM PUBLIC;

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

-- One trigger per event (transition tables allow no more), and one for TRUNCATE.
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

-- What the tables hold now.
INSERT INTO status_count (name, shard, n)
SELECT name, 0, n FROM (
    SELECT 'currentMembers' AS name, count(*) FILTER (WHERE status IN ('active', 'lapsed', 'suspended')) AS n FROM member
    UNION ALL SELECT 'openApplications', count(*) FILTER (WHERE status IN ('submitted', 'recommended')) FROM application
    UNION ALL SELECT 'unpaidInvoices', count(*) FILTER (WHERE status IN ('issued', 'part_paid')) FROM invoice
    UNION ALL SELECT 'invoicesAwaitingPurchaseOrder', count(*) FILTER (WHERE status = 'awaiting_po') FROM invoice
    UNION ALL SELECT 'jobsRunning', count(*) FILTER (WHERE finished_at IS NULL) FROM job_run
    UNION ALL SELECT 'jobRunsFailed', count(*) FILTER (WHERE outcome = 'failed') FROM job_run
    UNION ALL SELECT 'mailQueued', count(*) FILTER (WHERE status = 'queued') FROM outbox
    UNION ALL SELECT 'mailFailed', count(*) FILTER (WHERE status = 'failed') FROM outbox
    UNION ALL SELECT 'auditEntries', count(*) FROM audit_log
) AS counts;
