package fr.deffinum.api.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** No laureate has this id. */
public class LaureateNotFound extends RuntimeException {

    private final String id;

    public LaureateNotFound(String id) {
        super("No laureate " + id);
        this.id = id;
    }

    public String id() {
        return id;
    }

    static ProblemDetail problem(String id) {
        return Problems.of(HttpStatus.NOT_FOUND, "LAUREATE_NOT_FOUND", "Unknown laureate",
                "No laureate has the id " + id, "Lauréat inconnu", "Aucun lauréat n'a cet identifiant.");
    }
}
