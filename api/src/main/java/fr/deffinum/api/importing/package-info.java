/** Importing files of notifications and payments over REST, and the progress of an import. */
package fr.deffinum.api.importing;
