-- The signatures of the chain heads, taken daily and on demand with a key kept outside the database.
-- heads is the canonical text that was hashed (one line aggregate:sequence:hash per aggregate), so each
-- aggregate can later be compared with the store; the signature (base64, Ed25519) covers signed_at,
-- heads_hash and key_id (docs/TAMPER-EVIDENCE.md).
CREATE TABLE signed_chain_heads (
    id         BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    signed_at  TIMESTAMPTZ NOT NULL,
    heads_hash CHAR(64)    NOT NULL,
    heads      TEXT        NOT NULL,
    signature  TEXT        NOT NULL,
    key_id     CHAR(64)    NOT NULL
);

-- Append-only for the application, as its events are.
DO $$
DECLARE
    application_role CONSTANT TEXT := '${application_role}';
BEGIN
    IF application_role = current_user THEN
        RETURN;
    END IF;
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON signed_chain_heads FROM %I', application_role);
END
$$;
