/** Idempotent requests: the first answer to a request sent with an idempotency key, replayed to its retries. */
package fr.deffinum.application.idempotency;
