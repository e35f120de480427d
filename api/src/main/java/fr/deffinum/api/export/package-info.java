/** The open-data exports over REST: spreadsheet CSV, 360Giving JSON, SCDL Subventions CSV. */
package fr.deffinum.api.export;
