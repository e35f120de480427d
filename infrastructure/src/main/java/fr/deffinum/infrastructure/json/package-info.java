/** How the project's values read and write as JSON. */
package fr.deffinum.infrastructure.json;
