package fr.deffinum.application.programme;

import fr.deffinum.domain.programme.ProgrammeCode;

/** A programme is already recorded under this code: a code names one programme for good. */
public class ProgrammeExists extends RuntimeException {

    private final ProgrammeCode code;

    public ProgrammeExists(ProgrammeCode code) {
        super("A programme " + code + " is already recorded");
        this.code = code;
    }

    public ProgrammeCode code() {
        return code;
    }
}
