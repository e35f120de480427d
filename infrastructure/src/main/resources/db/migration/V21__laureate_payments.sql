-- A laureate's payments in rows of their own, one per payment, in the order they were recorded: a batch
-- that folds a payment in inserts one row, instead of rewriting the laureate's whole payment list, which
-- made a replay quadratic in the number of payments per laureate. The laureate row keeps the totals.
CREATE TABLE laureate_payment (
    line_id      BIGINT         GENERATED ALWAYS AS IDENTITY,
    laureate_id  VARCHAR(64)    NOT NULL,
    payment_id   TEXT           NOT NULL,
    amount       NUMERIC(15, 2) NOT NULL,
    kind         VARCHAR(40)    NOT NULL,
    paid_on      DATE           NOT NULL,
    cancelled_on DATE,
    PRIMARY KEY (laureate_id, payment_id)
);
CREATE INDEX laureate_payment_order ON laureate_payment (laureate_id, line_id);

-- The projection rebuilds its rows from the event store in the new shape.
ALTER TABLE laureate_view DROP COLUMN payments;
DELETE FROM laureate_view;
DELETE FROM tokenentry WHERE processorname = 'laureates';
