/** How the API reads JSON beyond Spring Boot's defaults, and serves the current reads as bytes rendered once per revision. */
package fr.deffinum.api.json;
