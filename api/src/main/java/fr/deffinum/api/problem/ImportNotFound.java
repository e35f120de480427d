package fr.deffinum.api.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** No import runs or ran under this id. */
public class ImportNotFound extends RuntimeException {

    private final String id;

    public ImportNotFound(String id) {
        super("No import " + id);
        this.id = id;
    }

    public String id() {
        return id;
    }

    static ProblemDetail problem(String id) {
        return Problems.of(HttpStatus.NOT_FOUND, "IMPORT_NOT_FOUND", "Unknown import",
                "No import has the id " + id, "Import inconnu", "Aucun import ne porte cet identifiant.");
    }
}
