/** Idempotent requests kept in PostgreSQL. */
package fr.deffinum.infrastructure.idempotency;
