package fr.deffinum.application.export;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who awards the grants, as the exports name them. The State awards them through the Secrétariat
 * général pour l'investissement (France 2030); the Banque des Territoires (Caisse des Dépôts)
 * runs the call as operator. The press release gives neither's SIRET, so none is shipped: an
 * exploitant sets {@code deffinum.export.attribuant-siret} and {@code instructeur-siret} from the
 * Sirene directory, and until then the SCDL export leaves them empty and says so.
 */
@Component
public class Publisher {

    private final String funderName;
    private final String funderSiret;
    private final String instructorName;
    private final String instructorSiret;

    public Publisher(@Value("${deffinum.export.attribuant-nom:État - Secrétariat général pour l'investissement (France 2030)}") String funderName,
                     @Value("${deffinum.export.attribuant-siret:}") String funderSiret,
                     @Value("${deffinum.export.instructeur-nom:Banque des Territoires (Caisse des Dépôts), opérateur}") String instructorName,
                     @Value("${deffinum.export.instructeur-siret:}") String instructorSiret) {
        this.funderName = funderName;
        this.funderSiret = funderSiret.strip();
        this.instructorName = instructorName;
        this.instructorSiret = instructorSiret.strip();
    }

    public String funderName() {
        return funderName;
    }

    public String funderSiret() {
        return funderSiret;
    }

    public String instructorName() {
        return instructorName;
    }

    public String instructorSiret() {
        return instructorSiret;
    }
}
