package fr.deffinum.application.integrity;

/** A document as a stored event names it: its id, its laureate, the SHA-256 of its bytes. */
public record NamedDocument(String document, String laureate, String sha256) {
}
