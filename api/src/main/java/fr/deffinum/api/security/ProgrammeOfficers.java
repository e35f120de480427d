package fr.deffinum.api.security;

import fr.deffinum.api.problem.LaureateNotFound;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.LaureateViews;
import fr.deffinum.application.programme.NotProgrammeOfficer;
import fr.deffinum.application.programme.ProgrammeAccess;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may record where, for the signed-in user of a request: an administrator in every programme,
 * an officer only in the programmes that name them ({@link ProgrammeAccess}). Every recording
 * endpoint and form asks here before sending its command; a refusal is {@link NotProgrammeOfficer}.
 */
@Component
public class ProgrammeOfficers {


    private final ProgrammeAccess access;
    private final LaureateViews laureates;

    ProgrammeOfficers(ProgrammeAccess access, LaureateViews laureates) {
        this.access = access;
        this.laureates = laureates;
    }

    /** Refused unless {@code user} may record in {@code programme}. */
    public void requireOfficer(Principal user, ProgrammeCode programme) {
        access.requireOfficer(user.getName(), administrator(user), programme);
    }

    /**
     * Refused unless {@code user} may record in the programme laureate {@code id} belongs to, as the
     * read model shows it; for anyone but an administrator, a laureate it does not show is a
     * {@link LaureateNotFound}.
     */
    public void requireOfficerOf(Principal user, String id) {
        if (administrator(user)) {
            return;
        }
        LaureateView laureate = laureates.find(id).orElseThrow(() -> new LaureateNotFound(id));
        requireOfficer(user, laureate.programme());
    }

    public boolean mayRecord(Principal user, ProgrammeCode programme) {
        return user != null && access.mayRecord(user.getName(), administrator(user), programme);
    }

    public static boolean administrator(Principal user) {
        return hasRole(user, Roles.ADMIN);
    }

    public static boolean hasRole(Principal user, String role) {
        return user instanceof Authentication authentication && authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + role).equals(authority.getAuthority()));
    }
}
