/** The jar's backup and restore commands for the embedded run's data directory. */
package fr.deffinum.api.backup;
