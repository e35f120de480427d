/** Who recorded what, when, why: the journal of all events and each laureate's history. */
package fr.deffinum.application.audit;
