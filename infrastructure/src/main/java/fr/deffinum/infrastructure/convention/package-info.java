/** The read model conventions are followed from: {@code schedule_fact}, and the digests sent. */
package fr.deffinum.infrastructure.convention;
