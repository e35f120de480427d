/** The reconciliation of our figures with the press release's, over REST. */
package fr.deffinum.api.reconciliation;
