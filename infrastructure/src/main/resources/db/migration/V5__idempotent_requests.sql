-- The first answer to each POST sent with an Idempotency-Key, per user, to replay it to a retry.
-- A row without status is a request in progress; a claim left by a crashed process expires.

CREATE TABLE idempotent_request (
    actor        VARCHAR(200) NOT NULL,
    key          VARCHAR(200) NOT NULL,
    fingerprint  CHAR(64)     NOT NULL,
    claimed_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    status       INTEGER,
    content_type VARCHAR(200),
    etag         VARCHAR(100),
    location     VARCHAR(500),
    body         BYTEA,
    PRIMARY KEY (actor, key)
);
