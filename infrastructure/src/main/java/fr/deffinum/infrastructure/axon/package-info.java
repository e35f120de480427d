/** Axon Framework on PostgreSQL, without Axon Server. */
package fr.deffinum.infrastructure.axon;
