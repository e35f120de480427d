-- Conventions followed on the read side: the events their schedules, deadlines and work queue are
-- derived from, each with when it was recorded and when it took effect, so that any point in both
-- times can be read back; how far each laureate's events are folded in; the digests sent.

CREATE TABLE schedule_fact (
    aggregate_id VARCHAR(64)  NOT NULL,
    sequence     BIGINT       NOT NULL,
    event_type   VARCHAR(40)  NOT NULL,
    payload      JSONB        NOT NULL,
    effective_on DATE         NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (aggregate_id, sequence)
);

CREATE TABLE schedule_version (
    aggregate_id VARCHAR(64) PRIMARY KEY,
    version      BIGINT      NOT NULL
);

CREATE TABLE digest_sent (
    recipient TEXT        NOT NULL,
    day       DATE        NOT NULL,
    items     INTEGER     NOT NULL,
    sent_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (recipient, day)
);

DO $$
DECLARE
    application_role CONSTANT TEXT := '${application_role}';
BEGIN
    IF application_role = current_user THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT TRUNCATE ON schedule_fact, schedule_version TO %I', application_role);
END
$$;
