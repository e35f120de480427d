package fr.deffinum.api.problem;

/** An {@code If-Match} that names no version of the laureate: it can never match. */
public class PreconditionFailed extends RuntimeException {

    public PreconditionFailed(String ifMatch) {
        super("If-Match " + ifMatch + " names no version of this laureate");
    }
}
