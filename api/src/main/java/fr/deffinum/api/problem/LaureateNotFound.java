package fr.deffinum.api.problem;

import fr.deffinum.domain.laureate.LaureateId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** No laureate has this id. */
public class LaureateNotFound extends RuntimeException {

    private final String id;

    public LaureateNotFound(String id) {
        super("No laureate " + id);
        this.id = id;
    }

    /** The laureate id a path names; one that cannot be a laureate's (a blank one) names no laureate: a 404 like any unknown id. */
    public static LaureateId requireId(String id) {
        try {
            return new LaureateId(id);
        } catch (IllegalArgumentException notAnId) {
            throw new LaureateNotFound(id);
        }
    }

    public String id() {
        return id;
    }

    static ProblemDetail problem(String id) {
        return Problems.of(HttpStatus.NOT_FOUND, "LAUREATE_NOT_FOUND", "Unknown laureate",
                "No laureate has the id " + id, "Lauréat inconnu", "Aucun lauréat n'a cet identifiant.");
    }
}
