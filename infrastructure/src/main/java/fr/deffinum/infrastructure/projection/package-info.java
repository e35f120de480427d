/**
 * Axon's streaming processors as projections: the seam each read model offers its live handler and the
 * one-pass rebuild ({@link fr.deffinum.infrastructure.projection.ReplayableReadModel}), status, rebuild,
 * waiting for a committed write.
 */
package fr.deffinum.infrastructure.projection;
