/** The audit journal's REST resource. */
package fr.deffinum.api.audit;
