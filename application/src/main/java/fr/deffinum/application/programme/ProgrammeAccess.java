package fr.deffinum.application.programme;

import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.programme.ProgrammeCode;
import org.springframework.stereotype.Service;

/**
 * Who may record in a programme: an administrator in every programme, anyone else only in the
 * programmes whose officers name them. Every recording on a laureate passes here first, with the
 * laureate's programme as the read model shows it (and, for a redirection, its target too).
 */
@Service
public class ProgrammeAccess {

    private final Programmes programmes;

    public ProgrammeAccess(Programmes programmes) {
        this.programmes = programmes;
    }

    public boolean mayRecord(String user, boolean administrator, ProgrammeCode code) {
        return administrator || programmes.find(code).map(programme -> programme.officers().contains(user))
                .orElse(false);
    }

    /**
     * Refused with {@link NotProgrammeOfficer} when {@code user} is not among the officers of
     * {@code code}, or with {@link Rule#PROGRAMME_NOT_FOUND} when no programme has that code.
     */
    public void requireOfficer(String user, boolean administrator, ProgrammeCode code) {
        if (administrator) {
            return;
        }
        ProgrammeView programme = programmes.find(code)
                .orElseThrow(() -> new RuleViolation(Rule.PROGRAMME_NOT_FOUND, "programme " + code));
        if (!programme.officers().contains(user)) {
            throw new NotProgrammeOfficer(user, code);
        }
    }
}
