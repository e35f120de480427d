/** The amounts ledger in SQL: rows written in batches, readings at a point in time as SQL aggregates. */
package fr.deffinum.infrastructure.ledger;
