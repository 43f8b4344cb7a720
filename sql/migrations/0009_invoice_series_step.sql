-- A numbering series' counter only ever counts on by one, from zero.
--
-- 0008's deferred check (invoice_series_used) asks at commit whether the counter's new value
-- was given to a document. That stops a number from being taken and kept unused, but not a
-- counter written directly, which the daemon's role may do (invoice_series_take runs with its
-- rights, so it holds UPDATE and INSERT on the table):
-- * `UPDATE invoice_series SET last_number = last_number + 2` and an invoice numbered with the
--   new value commits, leaving a gap;
-- * a series inserted at `last_number = 5` (the check is on UPDATE only) starts at 6, leaving
--   a gap 1…5;
-- * a counter set back to a number already given commits (that number is used), and from then
--   on every issue in the series collides with an existing number and fails.
-- invoice_series_take is the only writer and always creates a row at 0 and adds one, so this
-- refuses nothing it does.
CREATE FUNCTION invoice_series_step() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW.last_number <> 0 THEN
        RAISE EXCEPTION 'series % must start at 0, not %: its numbers are taken with invoice_series_take', NEW.series, NEW.last_number
            USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_series_step', COLUMN = 'last_number';
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.series IS DISTINCT FROM OLD.series OR NEW.last_number IS DISTINCT FROM OLD.last_number + 1) THEN
        RAISE EXCEPTION 'series % can only count on from % to %: its numbers are taken with invoice_series_take',
            OLD.series, OLD.last_number, OLD.last_number + 1
            USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_series_step', COLUMN = 'last_number';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER invoice_series_step BEFORE INSERT OR UPDATE ON invoice_series
    FOR EACH ROW EXECUTE FUNCTION invoice_series_step();
