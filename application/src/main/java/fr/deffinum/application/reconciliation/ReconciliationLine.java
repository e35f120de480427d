package fr.deffinum.application.reconciliation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A published figure beside ours. {@code difference} is ours minus published, on the maximum grant
 * (null where nothing was published); {@code matches} holds when counts and amounts agree.
 */
public record ReconciliationLine(PublishedFigure.Kind kind, String key, String source, int publishedLaureates,
                                 int ourLaureates, BigDecimal publishedTotalCost, BigDecimal ourTotalCost,
                                 BigDecimal publishedMaxGrant, BigDecimal ourMaxGrant, BigDecimal difference,
                                 boolean matches, List<Explanation> explanations) {

    public ReconciliationLine {
        explanations = List.copyOf(explanations);
    }
}
