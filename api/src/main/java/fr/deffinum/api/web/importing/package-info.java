/** Import : a page to upload a file of notifications and payments and read its report. */
package fr.deffinum.api.web.importing;
