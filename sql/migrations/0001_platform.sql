-- networkd platform: migration bookkeeping, the audit trail, idempotency keys, and the
-- least-privilege role the daemon runs as.
--
-- Applied by `networkd migrate` as the schema owner, in one transaction.

-- Which migrations are applied, with the checksum of the file as it was applied.
CREATE TABLE schema_migrations (
    version     integer     PRIMARY KEY CHECK (version > 0),
    name        text        NOT NULL CHECK (name ~ '^[a-z0-9_]+$'),
    checksum    text        NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
    applied_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    applied_by  text        NOT NULL DEFAULT current_user,
    duration_ms integer     NOT NULL DEFAULT 0 CHECK (duration_ms >= 0)
);

-- The daemon's role: DML only, never DDL. Ops grant it to the login role networkd uses
-- (`GRANT networkd_daemon TO networkd;`). Roles are cluster-wide, hence the guard.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'networkd_daemon') THEN
        CREATE ROLE networkd_daemon NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO networkd_daemon;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO networkd_daemon;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO networkd_daemon;
GRANT SELECT ON schema_migrations TO networkd_daemon;

-- The audit trail: one row per change, written in the same transaction as the change.
-- Append-only: UPDATE, DELETE and TRUNCATE are refused by triggers, whoever asks.
CREATE TABLE audit_log (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    request_id  text        NOT NULL CHECK (length(request_id) BETWEEN 1 AND 64),
    actor       text        NOT NULL CHECK (length(actor) BETWEEN 1 AND 200),
    actor_role  text        NOT NULL CHECK (actor_role IN ('operator', 'secretariat', 'member', 'system')),
    method      text        NOT NULL CHECK (method ~ '^[a-z]+(\.[a-zA-Z]+)+$'),
    target      text        CHECK (length(target) <= 200),
    before      jsonb,
    after       jsonb
);

CREATE INDEX audit_log_method_idx ON audit_log (method, id DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor, id DESC);
CREATE INDEX audit_log_target_idx ON audit_log (target, id DESC) WHERE target IS NOT NULL;

CREATE FUNCTION audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_log_no_update_delete
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM networkd_daemon;
GRANT SELECT, INSERT ON audit_log TO networkd_daemon;

-- Idempotency keys: a retried mutating call with the same key and the same params returns the
-- stored response instead of doing the work again. Scoped per actor.
CREATE TABLE idempotency_keys (
    actor       text        NOT NULL,
    key         text        NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    method      text        NOT NULL,
    request     jsonb       NOT NULL,
    response    jsonb       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (actor, key)
);

CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
