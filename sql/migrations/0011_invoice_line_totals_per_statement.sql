-- Invoice totals follow their lines once per statement, not once per line.
--
-- 0008's invoice_line_guard ran for each line: a look at the invoice's status, then an UPDATE
-- of the invoice with the sum of its lines. A renewal batch inserts a thousand lines in one
-- statement, so it paid a thousand single-row UPDATEs, each a new invoice row version through
-- invoice_guard: about 0.3 ms a line, 29 s of a 100,000-member renewal's 85 s (Benchmarks/renewal).
-- The same rules now hold per statement, from the statement's transition tables:
-- * a line never moves to another invoice: refused per row before the change, without a query
--   (the WHEN clause), so a statement's old and new lines name the same invoices;
-- * lines change only while their invoice is unissued (draft or awaiting a purchase order):
--   any statement that inserts, changes or deletes a line of another invoice fails, naming the
--   lowest such invoice, with the same SQLSTATE and constraint name as before;
-- * an invoice's net, VAT and gross are the sums of its lines (zero without lines) when the
--   statement ends, for every invoice the statement touched; an invoice whose stored totals
--   already agree (inserted with them, as the renewal run does) is not updated again.
-- As before, the check and the totals come after the statement's row-level AFTER triggers
-- (the foreign keys), and an error rolls the whole statement back.

DROP TRIGGER invoice_line_guard ON invoice_line;
DROP FUNCTION invoice_line_guard();

CREATE FUNCTION invoice_line_fixed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'an invoice line cannot move to another invoice' USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_line_fixed';
END
$$;

CREATE TRIGGER invoice_line_fixed BEFORE UPDATE OF invoice_id ON invoice_line
    FOR EACH ROW WHEN (NEW.invoice_id IS DISTINCT FROM OLD.invoice_id) EXECUTE FUNCTION invoice_line_fixed();

-- The statement's invoices: checked unissued, then their totals recomputed from their lines.
CREATE FUNCTION invoice_line_totals() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    touched bigint[];
    issued bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT invoice_id) INTO touched FROM new_lines;
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT array_agg(DISTINCT invoice_id) INTO touched FROM (SELECT invoice_id FROM new_lines UNION SELECT invoice_id FROM old_lines) AS l;
    ELSE
        SELECT array_agg(DISTINCT invoice_id) INTO touched FROM old_lines;
    END IF;
    IF touched IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT min(id) INTO issued FROM invoice WHERE id = ANY (touched) AND status NOT IN ('draft', 'awaiting_po');
    IF issued IS NOT NULL THEN
        RAISE EXCEPTION 'invoice % is issued: its lines cannot change', issued
            USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_issued_immutable';
    END IF;
    UPDATE invoice v SET net = t.net, vat = t.vat, gross = t.net + t.vat
    FROM (SELECT x.id, coalesce(sum(l.net), 0) AS net, coalesce(sum(l.vat), 0) AS vat
          FROM unnest(touched) AS x(id) LEFT JOIN invoice_line l ON l.invoice_id = x.id
          GROUP BY x.id) AS t
    WHERE v.id = t.id AND (v.net, v.vat, v.gross) IS DISTINCT FROM (t.net, t.vat, t.net + t.vat);
    RETURN NULL;
END
$$;

CREATE TRIGGER invoice_line_totals_insert AFTER INSERT ON invoice_line REFERENCING NEW TABLE AS new_lines
    FOR EACH STATEMENT EXECUTE FUNCTION invoice_line_totals();
CREATE TRIGGER invoice_line_totals_update AFTER UPDATE ON invoice_line REFERENCING OLD TABLE AS old_lines NEW TABLE AS new_lines
    FOR EACH STATEMENT EXECUTE FUNCTION invoice_line_totals();
CREATE TRIGGER invoice_line_totals_delete AFTER DELETE ON invoice_line REFERENCING OLD TABLE AS old_lines
    FOR EACH STATEMENT EXECUTE FUNCTION invoice_line_totals();
