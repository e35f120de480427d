package fr.deffinum.application.ledger;

import fr.deffinum.application.laureate.LaureateView;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A laureate at a point in time: its figures and status from the ledger; identity and the details
 * of each step (never changed once recorded) from the current view, kept only for the steps the
 * ledger {@code entries} show at that point. Without entries (a list), the details are left out.
 */
final class AsOfView {

    private AsOfView() {
    }

    static LaureateView of(LaureateView now, LaureateStanding then, List<LedgerEntry> entries) {
        Set<String> steps = entries.stream().map(entry -> entry.kind() + ":" + entry.reference())
                .collect(Collectors.toSet());
        return now.asItStood(then.programme(), then.status(), then.awardedAmount(), then.paid(),
                (kind, reference) -> steps.contains(kind.getSimpleName() + ":" + reference));
    }
}
