package fr.deffinum.application.importing;

import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.RuleMessages;
import fr.deffinum.application.programme.ProgrammeSectors;
import fr.deffinum.application.programme.ProgrammeView;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.money.Money;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What an import of laureates checks before it sends anything, line by line, against the programme
 * as recorded: the lengths the read side keeps, the maximum within the cost, the date not before
 * the programme's opening, the sector in its taxonomy, each reference once in the file and not yet
 * in the store, and, where the envelope is known, the file's maxima added in order to what the
 * programme's laureates already hold: the first line that would take the exposure above the
 * envelope is named. The aggregates decide again when the selections are sent; these checks only
 * report every error at once, before any.
 */
final class LaureateChecks {

    private static final Map<String, Integer> LONGEST = Map.of(LaureatesCsv.REFERENCE, 100, LaureatesCsv.NAME, 300,
            LaureatesCsv.LEAD, 300, LaureatesCsv.SECTORS_AS_PUBLISHED, 500);

    private final ProgrammeView programme;
    private final Predicate<LaureateLine> stored;
    private final Money exposure;

    /** {@code stored} tells whether a line's laureate is already recorded; {@code laureates} are the programme's. */
    LaureateChecks(ProgrammeView programme, Predicate<LaureateLine> stored, List<LaureateView> laureates) {
        this.programme = programme;
        this.stored = stored;
        this.exposure = laureates.stream().map(LaureateView::grant).reduce(Money.ZERO, Money::plus);
    }

    /** The sector to store for each line without error; each error found is added to {@code errors}. */
    Map<LaureateLine, String> check(List<LaureateLine> lines, List<LineError> errors) {
        Map<LaureateLine, String> sectors = new LinkedHashMap<>();
        Map<String, Integer> references = new HashMap<>();
        Money cumulated = exposure;
        boolean exceeded = false;
        for (LaureateLine line : lines) {
            int before = errors.size();
            lengths(line, errors);
            amounts(line, errors);
            if (line.selectedOn().isBefore(programme.openedOn())) {
                errors.add(error(line, LaureatesCsv.SELECTED_ON, Rule.DATE_BEFORE_PREVIOUS_STEP,
                        "the programme opened on " + programme.openedOn(),
                        "le programme est ouvert depuis le " + french(programme.openedOn())));
            }
            Integer first = references.putIfAbsent(line.reference().toLowerCase(Locale.ROOT), line.line());
            if (first != null) {
                errors.add(new LineError(line.line(), LaureatesCsv.REFERENCE, "REFERENCE_DUPLICATE",
                        "Reference '" + line.reference() + "' is already on line " + first,
                        "La référence « " + line.reference() + " » figure déjà ligne " + first + "."));
            } else if (stored.test(line)) {
                errors.add(new LineError(line.line(), LaureatesCsv.REFERENCE, "LAUREATE_EXISTS",
                        "A laureate with reference '" + line.reference() + "' is already recorded",
                        "Un lauréat de référence « " + line.reference() + " » est déjà enregistré."));
            }
            String sector = sector(line, errors);
            cumulated = cumulated.plus(line.maximumGrant());
            if (!exceeded && programme.envelope() != null && cumulated.isGreaterThan(programme.envelope())) {
                exceeded = true;
                errors.add(envelopeExceeded(line, cumulated));
            }
            if (errors.size() == before) {
                sectors.put(line, sector);
            }
        }
        return sectors;
    }

    /** The error of a line the aggregates refused when it was sent. */
    static LineError refused(LaureateLine line, RuleViolation violation) {
        Rule rule = violation.rule();
        String column = switch (rule) {
            case MAXIMUM_NOT_POSITIVE, MAXIMUM_ABOVE_TOTAL_COST, ENVELOPE_EXCEEDED -> LaureatesCsv.MAXIMUM_GRANT;
            case SECTOR_NOT_IN_TAXONOMY -> LaureatesCsv.SECTOR;
            case DATE_BEFORE_PREVIOUS_STEP -> LaureatesCsv.SELECTED_ON;
            default -> null;
        };
        String meanwhile = rule == Rule.ENVELOPE_EXCEEDED ? " (other steps were recorded on the programme meanwhile)" : "";
        String entretemps = rule == Rule.ENVELOPE_EXCEEDED
                ? " (d'autres opérations ont été enregistrées sur le programme entre-temps)" : "";
        return new LineError(line.line(), column, rule.name(), RuleMessages.english(rule) + meanwhile,
                RuleMessages.french(rule) + entretemps + ". Rien n'a été enregistré.");
    }

    private void lengths(LaureateLine line, List<LineError> errors) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(LaureatesCsv.REFERENCE, line.reference());
        values.put(LaureatesCsv.NAME, line.name());
        values.put(LaureatesCsv.LEAD, line.lead());
        values.put(LaureatesCsv.SECTORS_AS_PUBLISHED, line.sectorsAsPublished());
        values.forEach((column, value) -> {
            int longest = LONGEST.get(column);
            if (value != null && value.length() > longest) {
                errors.add(new LineError(line.line(), column, "VALUE_TOO_LONG",
                        "Column '" + column + "' holds more than " + longest + " characters",
                        "La colonne « " + column + " » dépasse " + longest + " caractères."));
            }
        });
    }

    private void amounts(LaureateLine line, List<LineError> errors) {
        if (line.maximumGrant().isZero()) {
            errors.add(error(line, LaureatesCsv.MAXIMUM_GRANT, Rule.MAXIMUM_NOT_POSITIVE, "maximum 0", "montant nul"));
        } else if (line.maximumGrant().isGreaterThan(line.totalCost())) {
            errors.add(error(line, LaureatesCsv.MAXIMUM_GRANT, Rule.MAXIMUM_ABOVE_TOTAL_COST,
                    line.maximumGrant() + " > total cost " + line.totalCost(),
                    euros(line.maximumGrant()) + " pour un coût complet de " + euros(line.totalCost())));
        }
    }

    /**
     * The sector given, else, in a programme with a taxonomy, the sectors as published if they name
     * one of its sectors; a programme without one stores none.
     */
    private String sector(LaureateLine line, List<LineError> errors) {
        boolean given = line.sector() != null;
        String candidate = given ? line.sector() : programme.hasTaxonomy() ? line.sectorsAsPublished() : null;
        try {
            return ProgrammeSectors.stored(programme, candidate);
        } catch (RuleViolation notInTaxonomy) {
            String taxonomy = String.join(", ", programme.sectors());
            String fr = candidate == null ? "aucun secteur n'est donné ; le programme " + programme.code()
                    + " en demande un parmi : " + taxonomy
                    : !programme.hasTaxonomy() ? "le programme " + programme.code() + " n'a pas de secteurs"
                    : "« " + candidate + " » n'est pas un secteur du programme " + programme.code() + " ("
                    + taxonomy + ")" + (given ? "" : " ; ajoutez une colonne Secteur");
            errors.add(error(line, given ? LaureatesCsv.SECTOR : LaureatesCsv.SECTORS_AS_PUBLISHED,
                    Rule.SECTOR_NOT_IN_TAXONOMY, notInTaxonomy.detail(), fr));
            return null;
        }
    }

    private LineError envelopeExceeded(LaureateLine line, Money cumulated) {
        Money envelope = programme.envelope();
        Money fileSoFar = cumulated.minus(exposure);
        return error(line, LaureatesCsv.MAXIMUM_GRANT, Rule.ENVELOPE_EXCEEDED,
                "exposure " + exposure + " + maxima of the file up to this line " + fileSoFar + " = " + cumulated
                        + " > envelope " + envelope,
                "avec cette ligne, les subventions maximales du fichier (" + euros(fileSoFar)
                        + ") ajoutées à ce que le programme " + programme.code() + " engage déjà (" + euros(exposure)
                        + ") feraient " + euros(cumulated) + ", au-delà de son enveloppe de " + euros(envelope));
    }

    private static LineError error(LaureateLine line, String column, Rule rule, String detail, String detailFr) {
        return new LineError(line.line(), column, rule.name(), RuleMessages.english(rule) + " (" + detail + ")",
                RuleMessages.french(rule) + " : " + detailFr + ".");
    }

    static String euros(Money amount) {
        return String.format(Locale.FRANCE, "%,.2f €", amount.amount());
    }

    private static String french(java.time.LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
