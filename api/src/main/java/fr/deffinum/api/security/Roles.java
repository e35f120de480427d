package fr.deffinum.api.security;

/** Who may do what: officers record and read, auditors read everything, admins do all. */
public final class Roles {

    public static final String OFFICER = "OFFICER";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
