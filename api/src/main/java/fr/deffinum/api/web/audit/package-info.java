/** The audit journal page: every recorded event, filtered and paginated. */
package fr.deffinum.api.web.audit;
