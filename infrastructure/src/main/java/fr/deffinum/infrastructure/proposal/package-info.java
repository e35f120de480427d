/** The proposals' read model. */
package fr.deffinum.infrastructure.proposal;
