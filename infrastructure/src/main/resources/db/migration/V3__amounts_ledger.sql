-- The amounts ledger: one row per event with what it changed, when it took effect and when it was
-- recorded; readings at a point in time are sums over its rows. A projection: drop and rebuild at will.

CREATE TABLE amounts_ledger (
    global_index    BIGINT         PRIMARY KEY,
    laureate_id     VARCHAR(64)    NOT NULL,
    sequence        BIGINT         NOT NULL,
    kind            VARCHAR(60)    NOT NULL,
    reference       TEXT,
    effective_date  DATE           NOT NULL,
    recorded_at     TIMESTAMPTZ    NOT NULL,
    call            VARCHAR(20),
    sector          VARCHAR(40),
    laureates       SMALLINT       NOT NULL,
    redirected      SMALLINT       NOT NULL,
    notified        SMALLINT       NOT NULL,
    evaluated       SMALLINT       NOT NULL,
    withdrawn       SMALLINT       NOT NULL,
    total_cost      NUMERIC(15, 2) NOT NULL,
    max_grant       NUMERIC(15, 2) NOT NULL,
    awarded         NUMERIC(15, 2) NOT NULL,
    pending_maximum NUMERIC(15, 2) NOT NULL,
    released        NUMERIC(15, 2) NOT NULL,
    paid            NUMERIC(15, 2) NOT NULL
);
CREATE UNIQUE INDEX amounts_ledger_laureate ON amounts_ledger (laureate_id, sequence);
CREATE INDEX amounts_ledger_recorded_at ON amounts_ledger (recorded_at, effective_date);
CREATE INDEX amounts_ledger_effective_date ON amounts_ledger (effective_date, recorded_at);

-- Corrections in the laureate read model.
ALTER TABLE laureate_view
    ADD COLUMN recoveries   JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN amendments   JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN withdrawn_on DATE;
