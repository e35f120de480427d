/**
 * Conventions as the read side follows them: each laureate's schedule and evidence folded from its
 * events within both times, the work they give (what is due, late or payable) and the daily digest.
 */
package fr.deffinum.application.convention;
