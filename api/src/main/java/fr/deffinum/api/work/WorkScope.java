package fr.deffinum.api.work;

import fr.deffinum.application.programme.Programmes;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Whose programmes a work queue covers: one programme, the signed-in person's, or all (null). */
@Component
public class WorkScope {

    private final Programmes programmes;

    WorkScope(Programmes programmes) {
        this.programmes = programmes;
    }

    public Set<ProgrammeCode> of(Principal user, ProgrammeCode programme, boolean mine) {
        if (programme != null) {
            return Set.of(programme);
        }
        if (!mine) {
            return null;
        }
        return programmes.all().stream().filter(view -> view.officers().contains(user.getName()))
                .map(view -> view.code()).collect(Collectors.toSet());
    }
}
