/** Proposals: the two signatures money moves on, and what waits for the second. */
package fr.deffinum.application.proposal;
