/**
 * What happened to a programme: the stored truth. Each event is a schema on disk: add fields,
 * never rename or move one without a new {@code @Revision} and an upcaster.
 */
package fr.deffinum.domain.programme.events;
