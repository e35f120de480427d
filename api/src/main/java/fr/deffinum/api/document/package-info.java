/** Documents as the API and the pages show them: their JSON, a file part taken in, a download checked against its hash. */
package fr.deffinum.api.document;
