/** Reading the figures as they were known at an instant, or as they stood in effect on a day: the amounts ledger. */
package fr.deffinum.application.ledger;
