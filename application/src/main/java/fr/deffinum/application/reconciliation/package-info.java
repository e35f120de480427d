/** Comparing our figures with those the press release published, and finding the laureates behind each gap. */
package fr.deffinum.application.reconciliation;
