/** How the API reads JSON beyond Spring Boot's defaults. */
package fr.deffinum.api.json;
