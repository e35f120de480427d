package fr.deffinum.application.reconciliation;

import java.util.List;

/** One reason for a gap, in English and French, with the laureates it concerns. */
public record Explanation(String code, String message, String messageFr, List<LaureateInGap> laureates) {

    public Explanation {
        laureates = List.copyOf(laureates);
    }
}
