package fr.deffinum.application.document;

/** A file refused before anything is stored or recorded, for the {@link Reason} its code names. */
public class DocumentRefused extends RuntimeException {

    public enum Reason {
        MISSING, KIND_UNKNOWN, EMPTY, TOO_LARGE, TYPE_REFUSED;

        public String code() {
            return "DOCUMENT_" + name();
        }
    }

    private final Reason reason;

    public DocumentRefused(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
