package fr.deffinum.application.document;

import fr.deffinum.application.integrity.DocumentProblem;

/** A document whose bytes are no longer in the store as its event names them: never served. */
public class DocumentAltered extends RuntimeException {

    private final DocumentView document;
    private final DocumentProblem problem;

    public DocumentAltered(DocumentView document, DocumentProblem problem) {
        super("Document " + document.id() + " of laureate " + document.laureate() + ": " + problem);
        this.document = document;
        this.problem = problem;
    }

    public DocumentView document() {
        return document;
    }

    public DocumentProblem problem() {
        return problem;
    }
}
