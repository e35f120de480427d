-- A projection row is keyed by its event, not by the stream position it was folded at. Concurrent appends
-- commit out of global-index order; an event committed after one with a higher index reaches the
-- projections with that higher position, so keyed by position it collided with the other event's row and
-- was dropped as already folded: the ledger and the journal missed it, and a request waiting to see its
-- own write in the ledger waited until it gave up. The position stays, as the order of the journal.
ALTER TABLE amounts_ledger DROP CONSTRAINT amounts_ledger_pkey;
DROP INDEX amounts_ledger_laureate;
ALTER TABLE amounts_ledger ADD PRIMARY KEY (laureate_id, sequence);

ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_pkey;
ALTER TABLE audit_entry ADD PRIMARY KEY (event_id);
CREATE INDEX audit_entry_position ON audit_entry (global_index);

-- Both are rebuilt from the event store, recovering the events they missed.
DELETE FROM amounts_ledger;
DELETE FROM audit_entry;
DELETE FROM tokenentry WHERE processorname IN ('ledger', 'audit');
