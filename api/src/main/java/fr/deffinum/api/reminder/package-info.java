/** The daily digest of the work queue by e-mail: sent each morning, or for a given day on demand; off without SMTP. */
package fr.deffinum.api.reminder;
