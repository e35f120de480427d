package fr.deffinum.application.document;

/** A document and its bytes, checked against the hash its event names. */
public record Download(DocumentView document, byte[] content) {
}
