-- Programmes are data: any code, and sectors from each programme's own taxonomy (a label, or none).
-- The read-model rows of redirections and selections stored before take the shape the upcast events
-- now give them; the event store itself is never changed.

ALTER TABLE laureate_view ALTER COLUMN programme TYPE VARCHAR(32);
ALTER TABLE laureate_view ALTER COLUMN sector TYPE TEXT;
ALTER TABLE laureate_view ALTER COLUMN sector DROP NOT NULL;
ALTER TABLE amounts_ledger ALTER COLUMN call TYPE VARCHAR(32);
ALTER TABLE amounts_ledger ALTER COLUMN sector TYPE TEXT;

UPDATE amounts_ledger SET kind = 'LaureateRedirected', call = 'CMA' WHERE kind = 'LaureateRedirectedToCma';

UPDATE audit_entry
SET type = 'LaureateRedirected',
    payload = payload || '{"from": "DEFFINUM", "to": "CMA"}'::jsonb
WHERE type = 'LaureateRedirectedToCma';

UPDATE audit_entry
SET payload = (payload - 'call') || jsonb_build_object('programme', payload -> 'call')
WHERE type = 'LaureateSelected' AND payload ? 'call';

-- The programme read model: one row per programme, and the history of its envelope.
CREATE TABLE programme_view (
    code        VARCHAR(32)    PRIMARY KEY,
    name        TEXT           NOT NULL,
    plan        TEXT,
    eu_funded   BOOLEAN        NOT NULL,
    operator    TEXT,
    opened_on   DATE           NOT NULL,
    envelope    NUMERIC(15, 2),
    sectors     JSONB          NOT NULL,
    officers    JSONB          NOT NULL,
    opened_at   BIGINT         NOT NULL,
    version     BIGINT         NOT NULL
);

CREATE TABLE programme_envelope (
    code         VARCHAR(32)    NOT NULL,
    sequence     BIGINT         NOT NULL,
    envelope     NUMERIC(15, 2),
    changed_on   DATE           NOT NULL,
    recorded_at  TIMESTAMPTZ    NOT NULL,
    actor        VARCHAR(255)   NOT NULL,
    reason       TEXT,
    PRIMARY KEY (code, sequence)
);

DO $$
DECLARE
    application_role CONSTANT TEXT := '${application_role}';
BEGIN
    IF application_role = current_user THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT TRUNCATE ON programme_view, programme_envelope TO %I', application_role);
END
$$;
