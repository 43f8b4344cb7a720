-- Erasure by identity, not by text.
--
-- 0003's audit_redact replaced an erased contact's values as substrings of every string of
-- every audit row, and the daemon deleted every stored idempotent response holding them: a
-- one-digit phone number rewrote timestamps, a shared job title erased a colleague's. Here the
-- places where a contact's data is recorded are found by identity — rows whose target is the
-- contact, and the contact's entry inside rows about its member — and only the personal fields
-- there are replaced, by "[erased]". Stored idempotent responses are redacted the same way and
-- kept, so that a retry still gets its (redacted) first answer.

-- What a stored response is about, as audit_log.target says it ('contact:12'), and which
-- contacts have been erased from it (the same redaction is applied to a retried request before
-- it is compared with the stored one).
ALTER TABLE idempotency_keys
    ADD COLUMN target text CHECK (length(target) <= 200),
    ADD COLUMN erased_contact_ids bigint[] NOT NULL DEFAULT '{}';

-- Responses stored before this migration: the contact methods' targets, from their own JSON.
UPDATE idempotency_keys SET target = 'contact:' || (response ->> 'id')
WHERE method = 'contact.add' AND jsonb_typeof(response -> 'id') = 'number';
UPDATE idempotency_keys SET target = 'contact:' || (request ->> 'id')
WHERE method IN ('contact.update', 'contact.remove', 'contact.erase') AND jsonb_typeof(request -> 'id') = 'number';
UPDATE idempotency_keys SET target = 'token:' || (response #>> '{token,id}')
WHERE method = 'token.issue' AND jsonb_typeof(response #> '{token,id}') = 'number';

CREATE INDEX idempotency_keys_target_idx ON idempotency_keys (target) WHERE target IS NOT NULL;

DROP FUNCTION audit_redact(text[]);
DROP FUNCTION jsonb_redact(jsonb, text[]);

-- The personal fields of a contact on the wire.
CREATE FUNCTION contact_personal_fields() RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ARRAY['name', 'email', 'phone', 'jobTitle'] $$;

-- `doc` with the string values of `fields` (top level only) replaced by "[erased]"; JSON null,
-- empty strings, other types and every other key stay exactly as they are.
CREATE FUNCTION jsonb_erase_fields(doc jsonb, fields text[]) RETURNS jsonb
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE WHEN jsonb_typeof(doc) <> 'object' THEN doc ELSE
        doc || coalesce((SELECT jsonb_object_agg(key, to_jsonb('[erased]'::text))
                         FROM jsonb_each(doc) AS e(key, value)
                         WHERE key = ANY (fields) AND jsonb_typeof(value) = 'string' AND value <> '""'::jsonb), '{}'::jsonb)
    END
$$;

-- Contact `contact_id` erased from `doc`: the whole document when it is that contact's own
-- (`own`: a row whose target is the contact), otherwise only its entry (the object whose "id"
-- is the contact's) in the document's "contacts" array, if it has one.
CREATE FUNCTION jsonb_erase_contact(doc jsonb, contact_id bigint, own boolean) RETURNS jsonb
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE
        WHEN own THEN jsonb_erase_fields(doc, contact_personal_fields())
        WHEN jsonb_typeof(doc -> 'contacts') = 'array' THEN jsonb_set(doc, '{contacts}', coalesce((
            SELECT jsonb_agg(CASE WHEN entry -> 'id' = to_jsonb(contact_id)
                                  THEN jsonb_erase_fields(entry, contact_personal_fields()) ELSE entry END ORDER BY position)
            FROM jsonb_array_elements(doc -> 'contacts') WITH ORDINALITY AS a(entry, position)), '[]'::jsonb))
        ELSE doc
    END
$$;

-- `doc`, a document stored with `target`, with every contact of `contact_ids` erased from it:
-- how a retried request is made comparable with the redacted one stored for its key.
CREATE FUNCTION jsonb_erase_contacts(doc jsonb, target text, contact_ids bigint[]) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    contact_id bigint;
    result jsonb := doc;
BEGIN
    FOREACH contact_id IN ARRAY coalesce(contact_ids, '{}') LOOP
        result := jsonb_erase_contact(result, contact_id, target IS NOT DISTINCT FROM 'contact:' || contact_id);
    END LOOP;
    RETURN result;
END
$$;

-- Erases contact `contact_id` of member `member_id` from the audit trail and the stored
-- idempotent responses, by identity: rows whose target is the contact have its personal fields
-- redacted; rows about its member have only the contact's entry redacted. Nothing else is
-- written: no row is added or removed, no other row or column changes, and only rows whose
-- content actually changes are updated. Returns the numbers of audit rows and stored responses
-- changed. SECURITY DEFINER: the only path through audit_log's append-only trigger.
CREATE FUNCTION erase_contact_records(contact_id bigint, member_id bigint,
                                      OUT audit_rows integer, OUT idempotency_rows integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    subject constant text := 'contact:' || contact_id;
    owner constant text := 'member:' || member_id;
BEGIN
    PERFORM set_config('networkd.audit_redaction', 'on', true);
    WITH redacted AS (
        SELECT id, jsonb_erase_contact(before, contact_id, target = subject) AS new_before,
                   jsonb_erase_contact(after, contact_id, target = subject) AS new_after
        FROM audit_log WHERE target IN (subject, owner)
    )
    UPDATE audit_log AS a SET before = r.new_before, after = r.new_after
    FROM redacted AS r
    WHERE a.id = r.id AND (a.before IS DISTINCT FROM r.new_before OR a.after IS DISTINCT FROM r.new_after);
    GET DIAGNOSTICS audit_rows = ROW_COUNT;
    PERFORM set_config('networkd.audit_redaction', 'off', true);

    WITH redacted AS (
        SELECT actor, key, target = subject AS own,
               jsonb_erase_contact(request, contact_id, target = subject) AS new_request,
               jsonb_erase_contact(response, contact_id, target = subject) AS new_response
        FROM idempotency_keys WHERE target IN (subject, owner)
    )
    UPDATE idempotency_keys AS k
    SET request = r.new_request, response = r.new_response,
        erased_contact_ids = k.erased_contact_ids || contact_id
    FROM redacted AS r
    WHERE k.actor = r.actor AND k.key = r.key
      AND (r.own OR k.request IS DISTINCT FROM r.new_request OR k.response IS DISTINCT FROM r.new_response);
    GET DIAGNOSTICS idempotency_rows = ROW_COUNT;
END
$$;

REVOKE ALL ON FUNCTION erase_contact_records(bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION erase_contact_records(bigint, bigint) TO networkd_daemon;
