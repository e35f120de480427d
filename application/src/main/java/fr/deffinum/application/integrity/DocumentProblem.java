package fr.deffinum.application.integrity;

/** What is wrong with the bytes of a document an event names. */
public enum DocumentProblem {
    /** The store holds nothing under the document's hash. */
    MISSING,
    /** The store holds bytes under the document's hash that no longer give it. */
    ALTERED
}
