package fr.deffinum.application.importing;

import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a call's annex of laureates as it is published, {@code ;}-separated: {@code Nom du projet},
 * {@code Porteur de projet}, {@code Secteurs d'activités visés} (its cells may be blank),
 * {@code Coût complet} and {@code Montant subvention} (the maximum grant), headers matched without
 * case or accents; optionally {@code Secteur}, {@code Référence} (else {@code <CODE>-<n>}, the
 * laureate's rank in the file) and {@code Date de sélection} (else the import's date).
 */
final class LaureatesCsv {

    static final String NAME = "nom_du_projet";
    static final String LEAD = "porteur_de_projet";
    static final String SECTORS_AS_PUBLISHED = "secteurs_d_activites_vises";
    static final String TOTAL_COST = "cout_complet";
    static final String MAXIMUM_GRANT = "montant_subvention";
    static final String SECTOR = "secteur";
    static final String REFERENCE = "reference";
    static final String SELECTED_ON = "date_de_selection";

    record Parsed(List<LaureateLine> lines, List<LineError> errors, int count) {
    }

    private LaureatesCsv() {
    }

    static Parsed parse(String text, ProgrammeCode programme, LocalDate selectedOn) {
        SemicolonCsv file = SemicolonCsv.read(text);
        if (!file.hasHeader()) {
            return new Parsed(List.of(), file.fileErrors(), 0);
        }
        List<LineError> errors = new ArrayList<>();
        for (String required : List.of(NAME, LEAD, SECTORS_AS_PUBLISHED, TOTAL_COST, MAXIMUM_GRANT)) {
            if (!file.has(required)) {
                errors.add(SemicolonCsv.missing(required));
            }
        }
        if (!errors.isEmpty()) {
            return new Parsed(List.of(), errors, 0);
        }
        List<LaureateLine> lines = new ArrayList<>();
        int rank = 0;
        for (SemicolonCsv.Row row : file.rows()) {
            rank++;
            int before = errors.size();
            String name = row.required(NAME, errors);
            String lead = row.required(LEAD, errors);
            Money totalCost = row.amount(TOTAL_COST, errors);
            Money maximumGrant = row.amount(MAXIMUM_GRANT, errors);
            LocalDate on = row.date(SELECTED_ON, selectedOn, errors);
            String reference = row.value(REFERENCE);
            if (errors.size() == before) {
                lines.add(new LaureateLine(row.line(), reference == null ? programme + "-" + rank : reference.strip(),
                        name.strip(), lead.strip(), row.value(SECTORS_AS_PUBLISHED), row.value(SECTOR), totalCost,
                        maximumGrant, on));
            }
        }
        errors.addAll(file.fileErrors());
        if (file.rows().isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(0, null, "FILE_EMPTY", "The file lists no laureate",
                    "Le fichier ne liste aucun lauréat."));
        }
        return new Parsed(lines, errors, file.rows().size());
    }
}
