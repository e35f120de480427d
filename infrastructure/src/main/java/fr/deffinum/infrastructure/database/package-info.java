/** The embedded PostgreSQL of the default run. */
package fr.deffinum.infrastructure.database;
