package fr.deffinum.application.integrity;

/** A document an event names whose bytes the store no longer holds as named. */
public record DocumentMismatch(String document, String laureate, String sha256, DocumentProblem problem) {
}
