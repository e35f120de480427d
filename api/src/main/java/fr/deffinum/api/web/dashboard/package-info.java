/** The dashboard page: maxima, firm amounts and payments by programme, sector and status. */
package fr.deffinum.api.web.dashboard;
