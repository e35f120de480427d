/** The laureates' pages: the searchable list, each laureate's record and the forms that record its steps. */
package fr.deffinum.api.web.laureate;
