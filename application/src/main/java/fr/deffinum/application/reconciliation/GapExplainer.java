package fr.deffinum.application.reconciliation;

import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.programme.Sectors;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Looks for the laureates behind one gap, as far as the published amounts allow: a difference of
 * at most a euro per laureate is rounding; a laureate counted in the wrong place shows as a single
 * move or swap whose amounts close the gap exactly; otherwise the gap is left unexplained, with
 * the laureates whose sector is our reading rather than the release's.
 */
final class GapExplainer {

    private static final String PRESS_RELEASE_REFERENCE = "DEFFINUM-2022-A";

    private final PublishedFigure figure;
    private final List<LaureateView> ours;
    private final List<LaureateView> all;
    private final BigDecimal difference;
    private final List<Explanation> explanations = new ArrayList<>();

    GapExplainer(PublishedFigure figure, List<LaureateView> ours, List<LaureateView> all, BigDecimal difference) {
        this.figure = figure;
        this.ours = ours;
        this.all = all;
        this.difference = difference;
    }

    List<Explanation> explanations() {
        notInThePressRelease();
        if (figure.kind() == PublishedFigure.Kind.PROGRAMME) {
            movedBetweenProgrammes();
        } else if (difference != null && difference.signum() != 0) {
            boolean explained = rounding() || reassignment();
            if (!explained) {
                unexplained();
            }
        }
        return explanations;
    }

    private void notInThePressRelease() {
        List<LaureateInGap> added = ours.stream().filter(v -> !v.reference().startsWith(PRESS_RELEASE_REFERENCE))
                .map(GapExplainer::inGap).toList();
        if (!added.isEmpty()) {
            explanations.add(new Explanation("NOT_IN_PRESS_RELEASE", "Laureates recorded since the press release",
                    "Lauréats enregistrés depuis le communiqué de presse", added));
        }
    }

    private void movedBetweenProgrammes() {
        String annex = "CMA".equals(figure.key()) ? "A2-" : "A1-";
        List<LaureateInGap> moved = ours.stream()
                .filter(v -> v.reference().startsWith(PRESS_RELEASE_REFERENCE) && !v.reference().contains(annex))
                .map(GapExplainer::inGap).toList();
        if (!moved.isEmpty()) {
            explanations.add(new Explanation("PROGRAMME_CHANGED", "Laureates published in the other annex",
                    "Lauréats publiés dans l'autre annexe (réorientés depuis)", moved));
        }
    }

    private boolean rounding() {
        if (ours.size() != figure.laureates() || difference.abs().compareTo(BigDecimal.valueOf(ours.size())) > 0) {
            return false;
        }
        List<LaureateInGap> concerned = ours.size() == 1 ? List.of(inGap(ours.get(0))) : List.of();
        explanations.add(new Explanation("ROUNDING",
                "A gap of " + difference.toPlainString() + " EUR, at most one euro per laureate: the sector table "
                        + "rounds differently from the annexes" + (concerned.isEmpty() ? "; the data cannot tell which laureate" : ""),
                "Écart de " + french(difference) + ", au plus un euro par lauréat : le tableau par secteur "
                        + "arrondit autrement que les annexes" + (concerned.isEmpty() ? " ; les données ne disent pas quel lauréat" : ""),
                concerned));
        return true;
    }

    /** A laureate classed here that the table does not count, or the reverse, or one swapped for another. */
    private boolean reassignment() {
        int countGap = ours.size() - figure.laureates();
        List<LaureateView> outside = all.stream().filter(v -> !ours.contains(v)).toList();
        List<LaureateInGap> candidates = new ArrayList<>();
        if (countGap == 1) {
            ours.stream().filter(v -> v.maxGrant().amount().compareTo(difference) == 0).map(GapExplainer::inGap)
                    .forEach(candidates::add);
        } else if (countGap == -1) {
            outside.stream().filter(v -> v.maxGrant().amount().compareTo(difference.negate()) == 0)
                    .map(GapExplainer::inGap).forEach(candidates::add);
        } else if (countGap == 0) {
            for (LaureateView in : ours) {
                for (LaureateView out : outside) {
                    if (in.maxGrant().amount().subtract(out.maxGrant().amount()).compareTo(difference) == 0) {
                        candidates.add(inGap(in));
                        candidates.add(inGap(out));
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            return false;
        }
        explanations.add(new Explanation("REASSIGNMENT",
                "Classing these laureates differently closes the gap exactly",
                "Classer autrement ces lauréats comble exactement l'écart", candidates));
        return true;
    }

    private void unexplained() {
        List<LaureateInGap> ourReading = ours.stream().map(GapExplainer::inGap)
                .filter(laureate -> !laureate.sectorBasis().equals("PUBLISHED"))
                .sorted(Comparator.comparing(LaureateInGap::sectorBasis))
                .toList();
        explanations.add(new Explanation("UNEXPLAINED",
                "No single move or swap of a published maximum closes this gap of " + difference.toPlainString()
                        + " EUR: the table must rest on other amounts or another classing of these laureates, "
                        + "whose sector is our reading of the release",
                "Aucun déplacement ni échange d'un montant publié ne comble cet écart de " + french(difference)
                        + " : le tableau repose sur d'autres montants ou un autre classement de ces lauréats, "
                        + "dont le secteur est notre lecture du communiqué",
                ourReading));
    }

    /** {@code -161 681 €}, grouped the French way (narrow no-break spaces). */
    private static String french(BigDecimal euros) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(euros.stripTrailingZeros().scale() <= 0 ? 0 : 2);
        return format.format(euros) + "\u00A0€";
    }

    static LaureateInGap inGap(LaureateView v) {
        String basis = v.strategy() != null && v.sectorsAsPublished() == null ? "INFERRED"
                : Sectors.label(v.sector()).equalsIgnoreCase(v.sectorsAsPublished()) ? "PUBLISHED" : "MAPPED";
        String wording = v.sectorsAsPublished() != null ? v.sectorsAsPublished() : v.strategy();
        return new LaureateInGap(v.id(), v.reference(), v.name(), v.maxGrant().amount(), basis, wording);
    }
}
