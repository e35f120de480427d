package fr.deffinum.application.programme;

import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.programme.ProgrammeCode;
import org.springframework.stereotype.Service;

/** The sector a selection stores, checked against its programme's taxonomy as recorded. */
@Service
public class ProgrammeSectors {

    private final Programmes programmes;

    public ProgrammeSectors(Programmes programmes) {
        this.programmes = programmes;
    }

    /**
     * What to store for {@code given} in {@code code}: a sector of its taxonomy (see {@link Sectors#stored}),
     * or nothing where it has none; refused if the programme is unknown or lists no such sector.
     */
    public String stored(ProgrammeCode code, String given) {
        return stored(programmes.find(code)
                .orElseThrow(() -> new RuleViolation(Rule.PROGRAMME_NOT_FOUND, "programme " + code)), given);
    }

    /** What to store for {@code given} in {@code programme} as already read: see {@link #stored(ProgrammeCode, String)}. */
    public static String stored(ProgrammeView programme, String given) {
        ProgrammeCode code = programme.code();
        boolean none = given == null || given.isBlank();
        if (!programme.hasTaxonomy() && none) {
            return null;
        }
        return none ? refuse(code, "no sector") : Sectors.stored(given, programme.sectors())
                .orElseGet(() -> refuse(code, "sector " + given));
    }

    private static String refuse(ProgrammeCode code, String detail) {
        throw new RuleViolation(Rule.SECTOR_NOT_IN_TAXONOMY, detail + " in programme " + code);
    }
}
