/** The page « À traiter »: the work queue of one's programmes or of all, on a day, as known at an instant. */
package fr.deffinum.api.web.work;
