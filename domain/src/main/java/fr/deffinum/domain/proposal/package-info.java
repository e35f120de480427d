/** Proposals: steps on laureates held for a second person's approval. */
package fr.deffinum.domain.proposal;
