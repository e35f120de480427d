/** The audit journal: its event handler, its batches and its SQL. */
package fr.deffinum.infrastructure.audit;
