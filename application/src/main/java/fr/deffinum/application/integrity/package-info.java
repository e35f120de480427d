/** Tamper evidence: each laureate's events chained by their hashes, and the check that recomputes the chain. */
package fr.deffinum.application.integrity;
