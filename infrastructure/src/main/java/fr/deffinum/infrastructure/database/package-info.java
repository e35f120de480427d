/** The database: the embedded PostgreSQL of the default run, its backup and restore, and how a lost connection is recognised. */
package fr.deffinum.infrastructure.database;
