package fr.deffinum.api.problem;

import fr.deffinum.domain.programme.ProgrammeCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** No programme has this code. */
public class ProgrammeNotFound extends RuntimeException {

    private final String code;

    public ProgrammeNotFound(String code) {
        super("No programme " + code);
        this.code = code;
    }

    /** The programme code a path names; one that cannot be a code names no programme: a 404 like any unknown code. */
    public static ProgrammeCode requireCode(String code) {
        try {
            return new ProgrammeCode(code);
        } catch (IllegalArgumentException notACode) {
            throw new ProgrammeNotFound(code);
        }
    }

    public String code() {
        return code;
    }

    static ProblemDetail problem(String code) {
        return Problems.of(HttpStatus.NOT_FOUND, "PROGRAMME_NOT_FOUND", "Unknown programme",
                "No programme has the code " + code, "Programme inconnu", "Aucun programme ne porte ce code.");
    }
}
