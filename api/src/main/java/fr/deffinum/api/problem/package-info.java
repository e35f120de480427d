/** Errors as RFC 7807 problem details, with stable codes, in English and French. */
package fr.deffinum.api.problem;
