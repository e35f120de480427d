/** The audit journal in SQL. */
package fr.deffinum.infrastructure.audit;
