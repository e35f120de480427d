/** The laureates' REST resources. */
package fr.deffinum.api.laureate;
