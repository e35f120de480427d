/** The dashboard's figures, aggregated by SQL. */
package fr.deffinum.infrastructure.dashboard;
