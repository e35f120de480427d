/** Where documents' bytes are kept: a table of the database by default, an S3-compatible object store when configured. */
package fr.deffinum.infrastructure.document;
