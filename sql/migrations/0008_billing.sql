-- Subscriptions and billing: membership years and each member's periods, per-year figures,
-- fee schedules with bands, invoices with gapless numbers, purchase-order numbers, payments,
-- member credit and credit notes.
--
-- What must always hold is enforced here, not only in the daemon:
-- * money is bigint minor units, never negative where it cannot be;
-- * one period per member and year, never rewritten; one live subscription invoice per period;
-- * fee bands of a tier never overlap (exclusion constraint) and cover every value from 0
--   upwards with no gap (deferred constraint trigger);
-- * an invoice's number is taken from its series' counter row, locked by the issuing
--   transaction, and is present exactly when the invoice was issued; a counter only moves
--   when the transaction also stores a document with the number taken (deferred check), so
--   each series is exactly 1…N whatever rolls back or crashes;
-- * an issued invoice's content never changes, and no invoice or credit note is ever deleted;
-- * what an invoice has received never exceeds what it is due, and member credit never goes
--   below zero.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- 1. Settings and years ------------------------------------------------------------------

-- The network's billing details: what its invoices say about it, and billing defaults.
CREATE TABLE billing_settings (
    singleton             boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    address               text        NOT NULL DEFAULT '' CHECK (length(address) <= 1000),
    email                 text        CHECK (length(email) <= 254 AND email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    vat_number            text        CHECK (length(btrim(vat_number)) BETWEEN 1 AND 40),
    payment_details       text        NOT NULL DEFAULT '' CHECK (length(payment_details) <= 2000),
    -- The month of a year the invoice run is dated (CCIN: September).
    invoice_month         smallint    NOT NULL DEFAULT 9 CHECK (invoice_month BETWEEN 1 AND 12),
    payment_terms_days    smallint    NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 365),
    -- Whether a member's credit is spent on an invoice as it is issued (otherwise by credit.apply).
    apply_credit_at_issue boolean     NOT NULL DEFAULT false,
    version               integer     NOT NULL DEFAULT 1 CHECK (version > 0),
    updated_at            timestamptz NOT NULL DEFAULT clock_timestamp()
);

INSERT INTO billing_settings DEFAULT VALUES;

-- A membership year, once opened. `start_year` names it (2026 for 2026/27, as in CCIN-2026-0001).
CREATE TABLE billing_year (
    start_year         smallint    PRIMARY KEY CHECK (start_year BETWEEN 1900 AND 2998),
    starts_on          date        NOT NULL,
    ends_on            date        NOT NULL,
    invoice_date       date        NOT NULL,
    payment_terms_days smallint    NOT NULL CHECK (payment_terms_days BETWEEN 0 AND 365),
    opened_by          text        NOT NULL,
    opened_at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    CHECK (extract(day FROM starts_on) = 1 AND extract(year FROM starts_on) = start_year),
    CHECK (ends_on = (starts_on + interval '1 year' - interval '1 day')::date),
    CHECK (invoice_date BETWEEN starts_on AND ends_on)
);

-- Once a year is open, the month years start in is fixed: every period and invoice counts from it.
CREATE FUNCTION network_year_start_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.year_start_month IS DISTINCT FROM OLD.year_start_month AND EXISTS (SELECT 1 FROM billing_year) THEN
        RAISE EXCEPTION 'yearStartMonth cannot change once a membership year is open'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'network_year_start_fixed', COLUMN = 'year_start_month';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER network_year_start_guard BEFORE UPDATE OF year_start_month ON network
    FOR EACH ROW EXECUTE FUNCTION network_year_start_guard();

-- 2. Periods, figures, billing details ---------------------------------------------------

-- One row per member per year it is a member: from joining (pro rata from its start) or renewal.
CREATE TABLE member_period (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id   bigint      NOT NULL REFERENCES member (id),
    start_year  smallint    NOT NULL REFERENCES billing_year (start_year),
    starts_on   date        NOT NULL,
    ends_on     date        NOT NULL,
    tier        text        NOT NULL REFERENCES tier (code),
    source      text        NOT NULL CHECK (source IN ('joined', 'renewal')),
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    UNIQUE (member_id, start_year),
    UNIQUE (id, member_id),
    CHECK (starts_on <= ends_on)
);

CREATE FUNCTION member_period_within_year() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    year billing_year;
BEGIN
    SELECT * INTO year FROM billing_year WHERE start_year = NEW.start_year;
    IF NEW.starts_on < year.starts_on OR NEW.ends_on > year.ends_on THEN
        RAISE EXCEPTION 'period % to % is not within the membership year starting %', NEW.starts_on, NEW.ends_on, year.starts_on
            USING ERRCODE = 'check_violation', CONSTRAINT = 'member_period_within_year', COLUMN = 'starts_on';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER member_period_within_year BEFORE INSERT ON member_period
    FOR EACH ROW EXECUTE FUNCTION member_period_within_year();

-- Population and controllable budget (minor units) per member per year: they set the band.
CREATE TABLE member_figures (
    member_id      bigint      NOT NULL REFERENCES member (id),
    start_year     smallint    NOT NULL REFERENCES billing_year (start_year),
    population     integer     CHECK (population > 0),
    budget_revenue bigint      CHECK (budget_revenue >= 0),
    budget_capital bigint      CHECK (budget_capital >= 0),
    recorded_by    text        NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    version        integer     NOT NULL DEFAULT 1 CHECK (version > 0),
    PRIMARY KEY (member_id, start_year)
);

-- Who an invoice is addressed to. A political group is its own member, so it is billed itself.
CREATE UNIQUE INDEX contact_id_member_key ON contact (id, member_id);

CREATE TABLE member_billing (
    member_id        bigint      PRIMARY KEY REFERENCES member (id),
    -- The organisation's name on invoices; the member's name when NULL.
    billing_name     text        CHECK (length(btrim(billing_name)) BETWEEN 1 AND 200),
    billing_address  text        NOT NULL DEFAULT '' CHECK (length(billing_address) <= 1000),
    -- The contact invoices are for the attention of; the primary finance contact when NULL.
    payer_contact_id bigint,
    version          integer     NOT NULL DEFAULT 1 CHECK (version > 0),
    updated_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
    -- Removing or erasing the contact falls back to the primary finance contact.
    FOREIGN KEY (payer_contact_id, member_id) REFERENCES contact (id, member_id) ON DELETE SET NULL (payer_contact_id)
);

-- 3. Fee schedules ------------------------------------------------------------------------

CREATE TABLE fee_schedule (
    start_year       smallint    PRIMARY KEY REFERENCES billing_year (start_year),
    currency         char(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    vat_basis_points integer     NOT NULL DEFAULT 0 CHECK (vat_basis_points BETWEEN 0 AND 10000),
    pro_rata         text        NOT NULL DEFAULT 'monthly' CHECK (pro_rata IN ('monthly', 'whole_year')),
    -- What "controllable budget" sums for budget bands.
    budget_measure   text        NOT NULL DEFAULT 'revenue' CHECK (budget_measure IN ('revenue', 'capital', 'revenue_and_capital')),
    version          integer     NOT NULL DEFAULT 1 CHECK (version > 0),
    updated_by       text        NOT NULL,
    updated_at       timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- A tier's fee in a year: flat (every member, or those that are not councils when the tier
-- also has bands), and/or bands for councils by population, budget, or the higher of both.
CREATE TABLE fee_tier (
    start_year smallint NOT NULL REFERENCES fee_schedule (start_year) ON DELETE CASCADE,
    tier       text     NOT NULL REFERENCES tier (code),
    flat_fee   bigint   CHECK (flat_fee >= 0),
    band_basis text     CHECK (band_basis IN ('population', 'budget', 'higher')),
    PRIMARY KEY (start_year, tier),
    CHECK (flat_fee IS NOT NULL OR band_basis IS NOT NULL)
);

-- Bands: lower bound inclusive, upper bound exclusive; NULL upper is unbounded.
CREATE TABLE fee_band (
    start_year  smallint NOT NULL,
    tier        text     NOT NULL,
    measure     text     NOT NULL CHECK (measure IN ('population', 'budget')),
    lower_bound bigint   NOT NULL CHECK (lower_bound >= 0),
    upper_bound bigint   CHECK (upper_bound > lower_bound),
    fee         bigint   NOT NULL CHECK (fee >= 0),
    PRIMARY KEY (start_year, tier, measure, lower_bound),
    FOREIGN KEY (start_year, tier) REFERENCES fee_tier (start_year, tier) ON DELETE CASCADE,
    CONSTRAINT fee_band_no_overlap EXCLUDE USING gist (
        start_year WITH =, tier WITH =, measure WITH =, int8range(lower_bound, upper_bound) WITH &&)
);

-- At commit, each band table that has bands covers 0 … unbounded with no gap.
CREATE FUNCTION fee_band_coverage() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    key record;
    expected bigint;
    band record;
BEGIN
    IF TG_OP = 'DELETE' THEN key := OLD; ELSE key := NEW; END IF;
    expected := 0;
    FOR band IN SELECT lower_bound, upper_bound FROM fee_band
                WHERE start_year = key.start_year AND tier = key.tier AND measure = key.measure
                ORDER BY lower_bound LOOP
        IF expected IS NULL OR band.lower_bound <> expected THEN
            RAISE EXCEPTION '% bands of tier % in % leave a gap or overlap at %', key.measure, key.tier, key.start_year, band.lower_bound
                USING ERRCODE = 'check_violation', CONSTRAINT = 'fee_band_coverage', COLUMN = 'bands';
        END IF;
        expected := band.upper_bound;
    END LOOP;
    IF FOUND AND expected IS NOT NULL THEN
        RAISE EXCEPTION '% bands of tier % in % stop at %; the last band must have no upper bound', key.measure, key.tier, key.start_year, expected
            USING ERRCODE = 'check_violation', CONSTRAINT = 'fee_band_coverage', COLUMN = 'bands';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER fee_band_coverage AFTER INSERT OR UPDATE OR DELETE ON fee_band
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fee_band_coverage();

-- 4. Invoices -----------------------------------------------------------------------------

-- The invoice lifecycle, as data (mirrors NetworkCore's InvoiceStatus.transitions; a test
-- compares the two). Received amounts can go back on a voided payment.
CREATE TABLE invoice_status_transition (
    from_status text NOT NULL,
    to_status   text NOT NULL,
    PRIMARY KEY (from_status, to_status)
);

INSERT INTO invoice_status_transition (from_status, to_status) VALUES
    ('draft', 'awaiting_po'), ('draft', 'issued'), ('draft', 'cancelled'),
    ('awaiting_po', 'issued'), ('awaiting_po', 'cancelled'),
    ('issued', 'part_paid'), ('issued', 'paid'), ('issued', 'cancelled'),
    ('part_paid', 'paid'), ('part_paid', 'issued'), ('part_paid', 'cancelled'),
    ('paid', 'part_paid'), ('paid', 'issued'), ('paid', 'cancelled');

-- A numbering series' counter: the last number it gave. Locked by the transaction that issues.
CREATE TABLE invoice_series (
    series      text    PRIMARY KEY CHECK (series ~ '^[A-Z0-9]{1,16}-(CN-)?[0-9]{4}$'),
    last_number integer NOT NULL DEFAULT 0 CHECK (last_number >= 0)
);

CREATE TABLE invoice (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id      bigint      NOT NULL REFERENCES member (id),
    start_year     smallint    NOT NULL REFERENCES billing_year (start_year),
    period_id      bigint,
    kind           text        NOT NULL CHECK (kind IN ('subscription', 'adjustment', 'manual')),
    -- The tier billed (income is reported by it).
    tier           text        NOT NULL REFERENCES tier (code),
    status         text        NOT NULL DEFAULT 'draft'
                               CHECK (status IN ('draft', 'awaiting_po', 'issued', 'part_paid', 'paid', 'cancelled')),
    currency       char(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    net            bigint      NOT NULL DEFAULT 0 CHECK (net >= 0),
    vat            bigint      NOT NULL DEFAULT 0 CHECK (vat >= 0),
    gross          bigint      NOT NULL DEFAULT 0 CHECK (gross >= 0),
    -- Credit notes against it; payments and member credit applied to it; what went back to
    -- member credit because a credit note reduced an invoice already paid.
    credited       bigint      NOT NULL DEFAULT 0 CHECK (credited >= 0),
    received       bigint      NOT NULL DEFAULT 0 CHECK (received >= 0),
    released       bigint      NOT NULL DEFAULT 0 CHECK (released >= 0),
    series         text        REFERENCES invoice_series (series),
    number         integer     CHECK (number > 0),
    number_text    text        GENERATED ALWAYS AS (
                                   series || '-' || CASE WHEN number < 10000 THEN lpad(number::text, 4, '0') ELSE number::text END
                               ) STORED,
    issued_on      date,
    due_on         date,
    po_number      text        CHECK (length(btrim(po_number)) BETWEEN 1 AND 64),
    po_supplied_by text,
    snapshot       jsonb,
    cancelled_at   timestamptz,
    cancelled_by   text,
    cancel_reason  text        CHECK (length(cancel_reason) <= 2000),
    created_by     text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    version        integer     NOT NULL DEFAULT 1 CHECK (version > 0),
    FOREIGN KEY (period_id, member_id) REFERENCES member_period (id, member_id),
    UNIQUE (series, number),
    CHECK (gross = net + vat),
    CHECK ((kind = 'subscription') <= (period_id IS NOT NULL)),
    -- Numbered exactly when issued: the number, its series, the dates and the snapshot together.
    CHECK ((number IS NULL) = (series IS NULL) AND (number IS NULL) = (issued_on IS NULL)
           AND (number IS NULL) = (due_on IS NULL) AND (number IS NULL) = (snapshot IS NULL)),
    CHECK ((status IN ('draft', 'awaiting_po')) <= (number IS NULL)),
    CHECK ((status IN ('issued', 'part_paid', 'paid')) <= (number IS NOT NULL)),
    CHECK (due_on >= issued_on),
    CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
    -- Never more received than due: what was credited plus what was kept.
    CHECK (released <= received AND credited + received - released <= gross),
    CHECK ((status = 'paid') <= (credited + received - released = gross)),
    CHECK ((status IN ('issued', 'part_paid')) <= (credited + received - released < gross)),
    CHECK ((status = 'issued') <= (received = released)),
    CHECK ((status = 'part_paid') <= (received > released))
);

-- One live subscription invoice per member and period.
CREATE UNIQUE INDEX invoice_subscription_period_key ON invoice (period_id) WHERE kind = 'subscription' AND status <> 'cancelled';
CREATE INDEX invoice_member_idx ON invoice (member_id, id DESC);
CREATE INDEX invoice_year_idx ON invoice (start_year, id DESC);
CREATE INDEX invoice_status_idx ON invoice (status, id DESC);
CREATE INDEX invoice_unpaid_due_idx ON invoice (due_on) WHERE status IN ('issued', 'part_paid');

CREATE TABLE invoice_line (
    invoice_id       bigint   NOT NULL REFERENCES invoice (id),
    position         smallint NOT NULL CHECK (position BETWEEN 1 AND 200),
    kind             text     NOT NULL CHECK (kind IN ('subscription', 'pro_rata_adjustment', 'manual')),
    description      text     NOT NULL CHECK (length(btrim(description)) BETWEEN 1 AND 500),
    net              bigint   NOT NULL CHECK (net >= 0),
    vat_basis_points integer  NOT NULL CHECK (vat_basis_points BETWEEN 0 AND 10000),
    vat              bigint   NOT NULL CHECK (vat >= 0),
    -- Whole months a subscription or tier-change line charges (what a later tier change credits from).
    months           smallint CHECK (months BETWEEN 1 AND 12),
    PRIMARY KEY (invoice_id, position)
);

-- Lines change only while their invoice is unissued; the invoice's totals follow its lines.
CREATE FUNCTION invoice_line_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    target bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN target := OLD.invoice_id; ELSE target := NEW.invoice_id; END IF;
    IF TG_OP = 'UPDATE' AND NEW.invoice_id <> OLD.invoice_id THEN
        RAISE EXCEPTION 'an invoice line cannot move to another invoice' USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_line_fixed';
    END IF;
    IF EXISTS (SELECT 1 FROM invoice WHERE id = target AND status NOT IN ('draft', 'awaiting_po')) THEN
        RAISE EXCEPTION 'invoice % is issued: its lines cannot change', target
            USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_issued_immutable';
    END IF;
    UPDATE invoice SET net = t.net, vat = t.vat, gross = t.net + t.vat
    FROM (SELECT coalesce(sum(net), 0) AS net, coalesce(sum(vat), 0) AS vat FROM invoice_line WHERE invoice_id = target) AS t
    WHERE id = target;
    RETURN NULL;
END
$$;

CREATE TRIGGER invoice_line_guard AFTER INSERT OR UPDATE OR DELETE ON invoice_line
    FOR EACH ROW EXECUTE FUNCTION invoice_line_guard();

-- Takes the next number of a series: creates its counter row on first use, then increments it
-- under the row lock, which the issuing transaction holds until it ends. A rollback undoes the
-- increment, so an abandoned number is given again; a second issuer waits for the first.
CREATE FUNCTION invoice_series_take(p_series text) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    taken integer;
BEGIN
    INSERT INTO invoice_series (series) VALUES (p_series) ON CONFLICT (series) DO NOTHING;
    UPDATE invoice_series SET last_number = last_number + 1 WHERE series = p_series RETURNING last_number INTO taken;
    RETURN taken;
END
$$;

-- An invoice's status follows the lifecycle; once numbered, its content never changes (only
-- the status, the amounts received, credited and released, cancellation, version and
-- updated_at do); a number can only be the one its series just gave, in this transaction.
CREATE FUNCTION invoice_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'invoice % cannot be deleted: cancel it with a credit note', OLD.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_never_deleted';
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status AND NOT EXISTS (
        SELECT 1 FROM invoice_status_transition WHERE from_status = OLD.status AND to_status = NEW.status
    ) THEN
        RAISE EXCEPTION 'invoice % cannot change from % to %', OLD.id, OLD.status, NEW.status
            USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_status_transition';
    END IF;
    IF OLD.number IS NOT NULL AND ((NEW.id, NEW.member_id, NEW.start_year, NEW.period_id, NEW.kind, NEW.tier, NEW.currency, NEW.net,
            NEW.vat, NEW.gross, NEW.series, NEW.number, NEW.issued_on, NEW.due_on, NEW.po_number, NEW.po_supplied_by,
            NEW.created_by, NEW.created_at)
        IS DISTINCT FROM (OLD.id, OLD.member_id, OLD.start_year, OLD.period_id, OLD.kind, OLD.tier, OLD.currency, OLD.net,
            OLD.vat, OLD.gross, OLD.series, OLD.number, OLD.issued_on, OLD.due_on, OLD.po_number, OLD.po_supplied_by,
            OLD.created_by, OLD.created_at)
        -- The snapshot is frozen too, except that erasing the payer contact (erase_contact_documents)
        -- may replace its attention and e-mail, and nothing else.
        OR (NEW.snapshot IS DISTINCT FROM OLD.snapshot AND NOT (
            coalesce(current_setting('networkd.document_redaction', true), '') = 'on'
            AND NEW.snapshot #- '{payer,attention}' #- '{payer,email}' = OLD.snapshot #- '{payer,attention}' #- '{payer,email}'))) THEN
        RAISE EXCEPTION 'invoice % is issued: its content cannot change', OLD.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_issued_immutable';
    END IF;
    IF OLD.number IS NULL AND NEW.number IS NOT NULL AND NEW.number IS DISTINCT FROM (
        SELECT last_number FROM invoice_series WHERE series = NEW.series FOR UPDATE
    ) THEN
        RAISE EXCEPTION 'invoice % must be numbered from its series'' counter (invoice_series_take)', OLD.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_number_from_series';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER invoice_guard BEFORE UPDATE OR DELETE ON invoice FOR EACH ROW EXECUTE FUNCTION invoice_guard();

CREATE FUNCTION invoice_number_on_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.number IS NOT NULL THEN
        RAISE EXCEPTION 'an invoice is created unnumbered and numbered when it is issued'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_number_from_series';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER invoice_number_on_insert BEFORE INSERT ON invoice FOR EACH ROW EXECUTE FUNCTION invoice_number_on_insert();

-- 5. Credit notes -------------------------------------------------------------------------

-- A credit note: issued (numbered) when created, in its own series, never changed or deleted.
CREATE TABLE credit_note (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id  bigint      NOT NULL REFERENCES invoice (id),
    member_id   bigint      NOT NULL REFERENCES member (id),
    series      text        NOT NULL REFERENCES invoice_series (series),
    number      integer     NOT NULL CHECK (number > 0),
    number_text text        GENERATED ALWAYS AS (
                                series || '-' || CASE WHEN number < 10000 THEN lpad(number::text, 4, '0') ELSE number::text END
                            ) STORED,
    issued_on   date        NOT NULL,
    reason      text        NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
    currency    char(3)     NOT NULL,
    net         bigint      NOT NULL CHECK (net >= 0),
    vat         bigint      NOT NULL CHECK (vat >= 0),
    gross       bigint      NOT NULL CHECK (gross > 0 AND gross = net + vat),
    snapshot    jsonb       NOT NULL,
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    UNIQUE (series, number)
);

CREATE INDEX credit_note_invoice_idx ON credit_note (invoice_id);

CREATE FUNCTION credit_note_number_check() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.number IS DISTINCT FROM (SELECT last_number FROM invoice_series WHERE series = NEW.series FOR UPDATE) THEN
        RAISE EXCEPTION 'a credit note must be numbered from its series'' counter (invoice_series_take)'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'credit_note_number_from_series';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER credit_note_number_check BEFORE INSERT ON credit_note FOR EACH ROW EXECUTE FUNCTION credit_note_number_check();

CREATE TABLE credit_note_line (
    credit_note_id   bigint   NOT NULL REFERENCES credit_note (id),
    position         smallint NOT NULL CHECK (position BETWEEN 1 AND 200),
    description      text     NOT NULL CHECK (length(btrim(description)) BETWEEN 1 AND 500),
    net              bigint   NOT NULL CHECK (net >= 0),
    vat_basis_points integer  NOT NULL CHECK (vat_basis_points BETWEEN 0 AND 10000),
    vat              bigint   NOT NULL CHECK (vat >= 0),
    PRIMARY KEY (credit_note_id, position)
);

-- A counter that moved must have given its number to a document by commit: no transaction can
-- take a number and keep it unused, so every series stays 1…N.
CREATE FUNCTION invoice_series_used() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.last_number > 0
       AND NOT EXISTS (SELECT 1 FROM invoice WHERE series = NEW.series AND number = NEW.last_number)
       AND NOT EXISTS (SELECT 1 FROM credit_note WHERE series = NEW.series AND number = NEW.last_number) THEN
        RAISE EXCEPTION 'number % of series % was taken but not given to an invoice or credit note', NEW.last_number, NEW.series
            USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_series_gapless';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER invoice_series_used AFTER UPDATE ON invoice_series
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION invoice_series_used();

-- 6. Payments and member credit -----------------------------------------------------------

CREATE TABLE payment (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id  bigint      NOT NULL REFERENCES invoice (id),
    member_id   bigint      NOT NULL REFERENCES member (id),
    currency    char(3)     NOT NULL,
    amount      bigint      NOT NULL CHECK (amount > 0),
    -- What went to the invoice; the rest (an overpayment) became member credit.
    applied     bigint      NOT NULL CHECK (applied >= 0 AND applied <= amount),
    paid_on     date        NOT NULL,
    method      text        NOT NULL CHECK (method IN ('bank_transfer', 'card', 'cheque', 'other')),
    reference   text        CHECK (length(reference) <= 200),
    recorded_by text        NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    voided_at   timestamptz,
    voided_by   text,
    void_reason text        CHECK (length(btrim(void_reason)) BETWEEN 1 AND 2000),
    CHECK ((voided_at IS NULL) = (voided_by IS NULL) AND (voided_at IS NULL) = (void_reason IS NULL))
);

CREATE INDEX payment_invoice_idx ON payment (invoice_id, id);
CREATE INDEX payment_member_idx ON payment (member_id, id DESC);

-- A payment's facts never change; it can only be voided, once.
CREATE FUNCTION payment_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.id, NEW.invoice_id, NEW.member_id, NEW.currency, NEW.amount, NEW.applied, NEW.paid_on, NEW.method, NEW.reference,
        NEW.recorded_by, NEW.recorded_at) IS DISTINCT FROM (OLD.id, OLD.invoice_id, OLD.member_id, OLD.currency, OLD.amount,
        OLD.applied, OLD.paid_on, OLD.method, OLD.reference, OLD.recorded_by, OLD.recorded_at)
       OR OLD.voided_at IS NOT NULL THEN
        RAISE EXCEPTION 'payment % is recorded: it can only be voided, once', OLD.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'payment_immutable';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER payment_guard BEFORE UPDATE ON payment FOR EACH ROW EXECUTE FUNCTION payment_guard();

-- A member's credit: the locked balance row, kept by the ledger's trigger, never negative.
CREATE TABLE member_credit (
    member_id bigint  NOT NULL REFERENCES member (id),
    currency  char(3) NOT NULL,
    balance   bigint  NOT NULL DEFAULT 0 CHECK (balance >= 0),
    PRIMARY KEY (member_id, currency)
);

CREATE TABLE credit_entry (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id      bigint      NOT NULL REFERENCES member (id),
    currency       char(3)     NOT NULL,
    amount         bigint      NOT NULL CHECK (amount <> 0),
    kind           text        NOT NULL CHECK (kind IN ('overpayment', 'credit_note', 'applied', 'payment_voided')),
    payment_id     bigint      REFERENCES payment (id),
    credit_note_id bigint      REFERENCES credit_note (id),
    invoice_id     bigint      REFERENCES invoice (id),
    actor          text        NOT NULL,
    at             timestamptz NOT NULL DEFAULT clock_timestamp(),
    CHECK ((kind IN ('overpayment', 'payment_voided')) = (payment_id IS NOT NULL)),
    CHECK ((kind = 'credit_note') = (credit_note_id IS NOT NULL)),
    CHECK ((kind = 'applied') <= (invoice_id IS NOT NULL AND amount < 0))
);

CREATE INDEX credit_entry_member_idx ON credit_entry (member_id, id DESC);

CREATE FUNCTION credit_entry_balance() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- Row first, then the change: the CHECK judges the balance after it, under the row lock.
    INSERT INTO member_credit (member_id, currency) VALUES (NEW.member_id, NEW.currency) ON CONFLICT DO NOTHING;
    UPDATE member_credit SET balance = balance + NEW.amount WHERE member_id = NEW.member_id AND currency = NEW.currency;
    RETURN NULL;
END
$$;

CREATE TRIGGER credit_entry_balance AFTER INSERT ON credit_entry FOR EACH ROW EXECUTE FUNCTION credit_entry_balance();

-- 7. Erasure ---------------------------------------------------------------------------------

-- Erasing a contact (UK GDPR) by identity, in what billing stored:
-- * audit rows and stored responses about its member that carry a `payer` object naming it by
--   `contactId` (member.billing, member.setBilling) have that object's personal fields erased,
--   as 0004 does for `contacts` arrays;
-- * issued invoices and credit notes that were addressed for its attention keep everything
--   an invoice legally needs (the organisation, its address, the amounts) and lose only the
--   person: `payer.attention` and `payer.email` become "[erased]".
CREATE OR REPLACE FUNCTION jsonb_erase_contact(doc jsonb, contact_id bigint, own boolean) RETURNS jsonb
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE
        WHEN own THEN jsonb_erase_fields(doc, contact_personal_fields())
        ELSE (SELECT CASE WHEN jsonb_typeof(listed -> 'payer') = 'object' AND listed -> 'payer' -> 'contactId' = to_jsonb(contact_id)
                          THEN jsonb_set(listed, '{payer}', jsonb_erase_fields(listed -> 'payer', contact_personal_fields()))
                          ELSE listed END
              FROM (SELECT CASE WHEN jsonb_typeof(doc -> 'contacts') = 'array' THEN jsonb_set(doc, '{contacts}', coalesce((
                        SELECT jsonb_agg(CASE WHEN entry -> 'id' = to_jsonb(contact_id)
                                              THEN jsonb_erase_fields(entry, contact_personal_fields()) ELSE entry END ORDER BY position)
                        FROM jsonb_array_elements(doc -> 'contacts') WITH ORDINALITY AS a(entry, position)), '[]'::jsonb))
                        ELSE doc END AS listed) AS l)
    END
$$;

CREATE FUNCTION erase_contact_documents(contact_id bigint) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    invoices integer;
    notes integer;
BEGIN
    PERFORM set_config('networkd.document_redaction', 'on', true);
    UPDATE invoice SET snapshot = jsonb_set(snapshot, '{payer}', jsonb_erase_fields(snapshot -> 'payer', ARRAY['attention', 'email']))
    WHERE snapshot -> 'payer' -> 'contactId' = to_jsonb(contact_id)
      AND snapshot -> 'payer' IS DISTINCT FROM jsonb_erase_fields(snapshot -> 'payer', ARRAY['attention', 'email']);
    GET DIAGNOSTICS invoices = ROW_COUNT;
    UPDATE credit_note SET snapshot = jsonb_set(snapshot, '{payer}', jsonb_erase_fields(snapshot -> 'payer', ARRAY['attention', 'email']))
    WHERE snapshot -> 'payer' -> 'contactId' = to_jsonb(contact_id)
      AND snapshot -> 'payer' IS DISTINCT FROM jsonb_erase_fields(snapshot -> 'payer', ARRAY['attention', 'email']);
    GET DIAGNOSTICS notes = ROW_COUNT;
    PERFORM set_config('networkd.document_redaction', 'off', true);
    RETURN invoices + notes;
END
$$;

REVOKE ALL ON FUNCTION erase_contact_documents(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION erase_contact_documents(bigint) TO networkd_daemon;

-- 8. The daemon's role ----------------------------------------------------------------------

REVOKE INSERT, DELETE ON billing_settings FROM networkd_daemon;
REVOKE UPDATE, DELETE ON billing_year, member_period, credit_note, credit_note_line, credit_entry FROM networkd_daemon;
REVOKE DELETE ON invoice, payment, invoice_series, member_credit FROM networkd_daemon;
REVOKE INSERT, UPDATE, DELETE ON invoice_status_transition FROM networkd_daemon;
