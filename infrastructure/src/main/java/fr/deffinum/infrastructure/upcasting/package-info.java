/** Events stored under an earlier shape, read as they are now: the store is never rewritten. */
package fr.deffinum.infrastructure.upcasting;
