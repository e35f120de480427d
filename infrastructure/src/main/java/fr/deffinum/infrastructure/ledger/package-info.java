/** The amounts ledger: its event handler, its batches and its SQL; readings at a point in time as SQL sums. */
package fr.deffinum.infrastructure.ledger;
