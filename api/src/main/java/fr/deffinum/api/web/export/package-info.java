/** The exports as downloads for the signed-in pages (the API's own paths ask for HTTP Basic). */
package fr.deffinum.api.web.export;
