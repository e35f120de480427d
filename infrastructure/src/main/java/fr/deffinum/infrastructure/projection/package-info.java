/** Axon's streaming processors as projections: status, rebuild, batched writes. */
package fr.deffinum.infrastructure.projection;
