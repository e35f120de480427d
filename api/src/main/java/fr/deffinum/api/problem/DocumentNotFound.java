package fr.deffinum.api.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** No document has this id. */
public class DocumentNotFound extends RuntimeException {

    private final String id;

    public DocumentNotFound(String id) {
        super("No document " + id);
        this.id = id;
    }

    public String id() {
        return id;
    }

    static ProblemDetail problem(String id) {
        return Problems.of(HttpStatus.NOT_FOUND, "DOCUMENT_NOT_FOUND", "Unknown document",
                "No document has the id " + id, "Pièce inconnue", "Aucune pièce n'a cet identifiant.");
    }
}
