-- The network's own settings: one row.

CREATE TABLE network (
    singleton        boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    name             text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    short_name       text        NOT NULL CHECK (short_name ~ '^[A-Z0-9]{1,16}$'),
    time_zone        text        NOT NULL DEFAULT 'Europe/London' CHECK (length(time_zone) BETWEEN 1 AND 64),
    currency         char(3)     NOT NULL DEFAULT 'GBP' CHECK (currency ~ '^[A-Z]{3}$'),
    year_start_month smallint    NOT NULL DEFAULT 8 CHECK (year_start_month BETWEEN 1 AND 12),
    version          integer     NOT NULL DEFAULT 1 CHECK (version > 0),
    updated_at       timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- Shipped defaults follow the UK Co-operative Councils' Innovation Network.
INSERT INTO network (name, short_name) VALUES ('Co-operative Councils'' Innovation Network', 'CCIN');

REVOKE INSERT, DELETE ON network FROM networkd_daemon;
