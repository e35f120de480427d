package fr.deffinum.application.export;

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

    public Publisher(ExportProperties properties) {
        this.funderName = properties.attribuantNom();
        this.funderSiret = properties.attribuantSiret().strip();
        this.instructorName = properties.instructeurNom();
        this.instructorSiret = properties.instructeurSiret().strip();
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
