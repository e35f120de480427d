/** The {@code Idempotency-Key} header of the recording endpoints. */
package fr.deffinum.api.idempotency;
