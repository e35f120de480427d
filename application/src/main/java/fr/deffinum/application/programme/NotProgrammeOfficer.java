package fr.deffinum.application.programme;

import fr.deffinum.domain.programme.ProgrammeCode;

/** A user asked to record in a programme they are not an officer of; nothing was recorded. */
public class NotProgrammeOfficer extends RuntimeException {

    private final String user;
    private final ProgrammeCode code;

    public NotProgrammeOfficer(String user, ProgrammeCode code) {
        super(user + " is not an officer of programme " + code);
        this.user = user;
        this.code = code;
    }

    public String user() {
        return user;
    }

    public ProgrammeCode code() {
        return code;
    }
}
