-- Projections: every row here can be dropped and rebuilt from the event store.

CREATE TABLE laureate_view (
    laureate_id          VARCHAR(64)    PRIMARY KEY,
    reference            VARCHAR(100)   NOT NULL,
    name                 TEXT           NOT NULL,
    lead                 TEXT           NOT NULL,
    sectors_as_published TEXT,
    sector               VARCHAR(40)    NOT NULL,
    scope                VARCHAR(20),
    programme            VARCHAR(20)    NOT NULL,
    strategy             TEXT,
    status               VARCHAR(20)    NOT NULL,
    total_cost           NUMERIC(15, 2) NOT NULL,
    max_grant            NUMERIC(15, 2) NOT NULL,
    awarded_amount       NUMERIC(15, 2),
    decision_reference   TEXT,
    notified_on          DATE,
    paid                 NUMERIC(15, 2) NOT NULL,
    payments             JSONB          NOT NULL,
    evaluation           JSONB,
    selected_on          DATE           NOT NULL,
    version              BIGINT         NOT NULL
);
CREATE INDEX laureate_view_programme ON laureate_view (programme);
CREATE INDEX laureate_view_sector ON laureate_view (sector);
CREATE INDEX laureate_view_status ON laureate_view (status);

CREATE TABLE audit_entry (
    global_index   BIGINT       PRIMARY KEY,
    event_id       VARCHAR(255) NOT NULL,
    laureate_id    VARCHAR(64)  NOT NULL,
    sequence       BIGINT       NOT NULL,
    type           VARCHAR(100) NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    effective_date DATE,
    actor          VARCHAR(255) NOT NULL,
    reason         TEXT         NOT NULL,
    correlation_id VARCHAR(255) NOT NULL,
    payload        JSONB        NOT NULL
);
CREATE INDEX audit_entry_recorded_at ON audit_entry (recorded_at);
CREATE INDEX audit_entry_laureate ON audit_entry (laureate_id, sequence);
CREATE INDEX audit_entry_actor ON audit_entry (actor, recorded_at);
CREATE INDEX audit_entry_type ON audit_entry (type, recorded_at);
