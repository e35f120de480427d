-- An instance beats once per projection it runs: the fair share of a projection's segments counts only
-- the instances that run it, so that a write-only instance never makes the others release segments that
-- no one then claims.
DELETE FROM processing_node;
ALTER TABLE processing_node ADD COLUMN processor_name VARCHAR(255) NOT NULL;
ALTER TABLE processing_node DROP CONSTRAINT processing_node_pkey;
ALTER TABLE processing_node ADD PRIMARY KEY (processor_name, node_id);
