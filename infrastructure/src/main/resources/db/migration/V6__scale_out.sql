-- The application instances alive over this database: each one beats here every few seconds, so
-- that each can tell its fair share of the projection segments, even an instance that owns none yet.

CREATE TABLE processing_node (
    node_id VARCHAR(255) PRIMARY KEY,
    seen_at TIMESTAMPTZ  NOT NULL
);

-- Moves on after every committed change of laureate_view: the dashboard and the lists are cached
-- under it, whichever instance made the change. A sequence, so that concurrent batches never wait on it.
CREATE SEQUENCE laureate_view_revision;

-- The projections move from pooled to tracking processors, whose tokens a pooled processor left in
-- another shape: they start again from the beginning. Their writes are idempotent, so a replay over
-- existing rows changes nothing.
DELETE FROM tokenentry;
