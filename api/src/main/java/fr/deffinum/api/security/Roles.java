package fr.deffinum.api.security;

/**
 * Who may do what: officers record (or propose) and read, approvers approve or reject what another
 * person proposed in their programmes, auditors read everything, admins administer and record.
 */
public final class Roles {

    public static final String OFFICER = "OFFICER";
    public static final String APPROVER = "APPROVER";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
