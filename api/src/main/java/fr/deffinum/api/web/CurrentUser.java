package fr.deffinum.api.web;

import fr.deffinum.api.security.ProgrammeOfficers;
import fr.deffinum.api.security.Roles;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is reading the page, whether the recording forms are theirs to see, and those about programmes. */
@ControllerAdvice(basePackages = "fr.deffinum.api.web")
class CurrentUser {

    private static final Set<String> RECORDERS = Set.of("ROLE_" + Roles.OFFICER, "ROLE_" + Roles.ADMIN);

    @ModelAttribute("currentUser")
    String name(Authentication user) {
        return user == null ? null : user.getName();
    }

    @ModelAttribute("canRecord")
    boolean canRecord(Authentication user) {
        return user != null && user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(RECORDERS::contains);
    }

    @ModelAttribute("canAdminister")
    boolean canAdminister(Authentication user) {
        return ProgrammeOfficers.administrator(user);
    }
}
