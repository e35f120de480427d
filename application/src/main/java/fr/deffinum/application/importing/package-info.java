/** Bringing laureates in from published lists. */
package fr.deffinum.application.importing;
