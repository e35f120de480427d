package fr.deffinum.api.security;

import java.util.List;
import java.util.Set;

/**
 * The demonstration users of the embedded default run, one per role, each named after its role
 * with its name as password; no other run has them.
 */
public record DemoUsers(boolean present) {

    static final List<String> ROLES = List.of(Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN);

    /** The demonstration's officer and approver, to be put in charge of the demonstration's programmes; empty on any other run. */
    public Set<String> officers() {
        return present ? Set.of(name(Roles.OFFICER), name(Roles.APPROVER)) : Set.of();
    }

    static String name(String role) {
        return role.toLowerCase();
    }
}
