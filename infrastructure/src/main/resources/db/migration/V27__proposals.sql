-- Approval policies and proposals: which operations of a programme wait for a second person, and
-- the proposals waiting or closed.

ALTER TABLE programme_view
    ADD COLUMN approval_operations JSONB,
    ADD COLUMN approval_threshold  NUMERIC(15, 2);

CREATE TABLE proposal_view (
    proposal_id  UUID           PRIMARY KEY,
    state        VARCHAR(16)    NOT NULL,
    operation    VARCHAR(16)    NOT NULL,
    laureate_id  VARCHAR(64),
    programmes   JSONB          NOT NULL,
    amount       NUMERIC(15, 2),
    steps        JSONB          NOT NULL,
    documents    JSONB          NOT NULL,
    proposed_by  TEXT           NOT NULL,
    proposed_at  TIMESTAMPTZ    NOT NULL,
    reason       TEXT,
    decided_by   TEXT,
    decided_at   TIMESTAMPTZ,
    decision_reason TEXT,
    version      BIGINT         NOT NULL
);

CREATE INDEX proposal_view_pending ON proposal_view (proposed_at) WHERE state = 'PENDING';
CREATE INDEX proposal_view_laureate ON proposal_view (laureate_id);

DO $$
DECLARE
    application_role CONSTANT TEXT := '${application_role}';
BEGIN
    IF application_role = current_user THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT TRUNCATE ON proposal_view TO %I', application_role);
END
$$;

-- Who approved a step recorded on approval (its actor is who proposed it).
ALTER TABLE audit_entry ADD COLUMN approved_by VARCHAR(255);
-- The documents a step cites as its evidence (their ids, separated by commas).
ALTER TABLE audit_entry ADD COLUMN documents TEXT;
