package fr.deffinum.application.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who awards the grants, as the exports name them ({@link Publisher}).
 *
 * @param attribuantNom    the funder's name
 * @param attribuantSiret  the funder's SIRET; empty until set, and the SCDL export says so
 * @param instructeurNom   the name of the operator that runs the call
 * @param instructeurSiret the operator's SIRET; empty until set, and the SCDL export says so
 */
@ConfigurationProperties("deffinum.export")
public record ExportProperties(
        @DefaultValue("État - Secrétariat général pour l'investissement (France 2030)") String attribuantNom,
        @DefaultValue("") String attribuantSiret,
        @DefaultValue("Banque des Territoires (Caisse des Dépôts), opérateur") String instructeurNom,
        @DefaultValue("") String instructeurSiret) {

    public ExportProperties {
        attribuantSiret = attribuantSiret == null ? "" : attribuantSiret;
        instructeurSiret = instructeurSiret == null ? "" : instructeurSiret;
    }
}
