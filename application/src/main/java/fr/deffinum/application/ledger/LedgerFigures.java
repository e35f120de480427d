package fr.deffinum.application.ledger;

import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.domain.money.Money;
import java.math.BigDecimal;

/**
 * What one event changed in a laureate's figures, or their sum over events. Amounts are signed
 * euros (a cancellation takes paid down), hence {@code BigDecimal} and not {@code Money}; the
 * counters are 1 on the event that sets the fact (selected, redirected, notified, evaluated, withdrawn).
 * Every change is the event's own, so any subset of events adds up to consistent figures:
 * {@code maxGrant = awarded + pendingMaximum + released} holds for each.
 * Summed over a laureate's events, the counters and amounts are the facts its status follows from.
 */
public record LedgerFigures(int laureates, int redirected, int notified, int evaluated, int withdrawn,
                            BigDecimal totalCost, BigDecimal maxGrant, BigDecimal awarded,
                            BigDecimal pendingMaximum, BigDecimal released, BigDecimal paid) {

    public static final LedgerFigures NONE = new LedgerFigures(0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public LedgerFigures plus(LedgerFigures o) {
        return new LedgerFigures(laureates + o.laureates, redirected + o.redirected, notified + o.notified,
                evaluated + o.evaluated, withdrawn + o.withdrawn, totalCost.add(o.totalCost), maxGrant.add(o.maxGrant),
                awarded.add(o.awarded), pendingMaximum.add(o.pendingMaximum), released.add(o.released),
                paid.add(o.paid));
    }

    /** The status of the laureate whose entries these are the sum of, by the one rule of {@link LaureateStatus#of}. */
    public LaureateStatus status() {
        return LaureateStatus.of(redirected > 0, notified > 0, new Money(paid), new Money(awarded), evaluated > 0,
                withdrawn > 0);
    }
}
