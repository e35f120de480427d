/** Maxima, firm amounts and payments, by programme, sector and status. */
package fr.deffinum.application.dashboard;
