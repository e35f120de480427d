package fr.deffinum.application.ledger;

import fr.deffinum.domain.laureate.events.AwardAmended;
import fr.deffinum.domain.laureate.events.DecisionNotified;
import fr.deffinum.domain.laureate.events.ConventionSigned;
import fr.deffinum.domain.laureate.events.DocumentAttached;
import fr.deffinum.domain.laureate.events.ScheduleReplanned;
import fr.deffinum.domain.laureate.events.LaureateEvaluated;
import fr.deffinum.domain.laureate.events.LaureateEvent;
import fr.deffinum.domain.laureate.events.LaureateRedirected;
import fr.deffinum.domain.laureate.events.LaureateSelected;
import fr.deffinum.domain.laureate.events.LaureateWithdrawn;
import fr.deffinum.domain.laureate.events.PaymentCancelled;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.domain.laureate.events.PaymentRecovered;
import fr.deffinum.domain.laureate.events.SiretRecorded;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Turns an event into its ledger entry. Most changes follow from the event alone; a notification,
 * a withdrawal and a recovery after withdrawal also need the laureate's figures before them.
 */
public final class LedgerEntries {

    private static final BigDecimal ZERO = BigDecimal.ZERO;

    private LedgerEntries() {
    }

    public static LedgerEntry of(LaureateEvent event, long globalIndex, long sequence, Instant recordedAt,
                                 Supplier<LedgerFigures> before) {
        String laureateId = event.laureateId().value();
        String kind = event.getClass().getSimpleName();
        if (event instanceof LaureateSelected e) {
            return new LedgerEntry(globalIndex, laureateId, sequence, kind, e.reference(), e.effectiveOn(), recordedAt,
                    e.programme(), e.sector(), new LedgerFigures(1, 0, 0, 0, 0, e.totalCost().amount(),
                    e.maximumGrant().amount(), ZERO, e.maximumGrant().amount(), ZERO, ZERO));
        }
        return new LedgerEntry(globalIndex, laureateId, sequence, kind, reference(event), event.effectiveOn(),
                recordedAt, event instanceof LaureateRedirected e ? e.to() : null, null, change(event, before));
    }

    private static LedgerFigures change(LaureateEvent event, Supplier<LedgerFigures> before) {
        if (event instanceof LaureateRedirected) {
            return counters(1, 0, 0, 0);
        } else if (event instanceof DecisionNotified e) {
            BigDecimal maximum = before.get().maxGrant();
            BigDecimal awarded = e.awardedAmount().amount();
            return amounts(counters(0, 1, 0, 0), awarded, maximum.negate(), maximum.subtract(awarded), ZERO);
        } else if (event instanceof PaymentMade e) {
            return amounts(LedgerFigures.NONE, ZERO, ZERO, ZERO, e.amount().amount());
        } else if (event instanceof LaureateEvaluated) {
            return counters(0, 0, 1, 0);
        } else if (event instanceof AwardAmended e) {
            BigDecimal difference = e.awardedAmount().amount().subtract(e.previousAmount().amount());
            return amounts(LedgerFigures.NONE, difference, ZERO, difference.negate(), ZERO);
        } else if (event instanceof PaymentCancelled e) {
            return amounts(LedgerFigures.NONE, ZERO, ZERO, ZERO, e.amount().amount().negate());
        } else if (event instanceof PaymentRecovered e) {
            BigDecimal recovered = e.amount().amount();
            boolean withdrawn = before.get().withdrawn() > 0;
            return amounts(LedgerFigures.NONE, withdrawn ? recovered.negate() : ZERO, ZERO,
                    withdrawn ? recovered : ZERO, recovered.negate());
        } else if (event instanceof LaureateWithdrawn) {
            return withdrawal(before.get());
        } else if (event instanceof SiretRecorded || event instanceof DocumentAttached
                || event instanceof ConventionSigned || event instanceof ScheduleReplanned) {
            return LedgerFigures.NONE;
        }
        throw new IllegalArgumentException("No ledger entry for " + event.getClass().getName());
    }

    /** What is firm becomes what was paid, net; the rest of the maximum, decided or not, is released. */
    private static LedgerFigures withdrawal(LedgerFigures before) {
        BigDecimal kept = before.paid();
        return amounts(counters(0, 0, 0, 1), kept.subtract(before.awarded()), before.pendingMaximum().negate(),
                before.awarded().subtract(kept).add(before.pendingMaximum()), ZERO);
    }

    private static String reference(LaureateEvent event) {
        if (event instanceof DecisionNotified e) {
            return e.decisionReference();
        } else if (event instanceof PaymentMade e) {
            return e.paymentId();
        } else if (event instanceof PaymentCancelled e) {
            return e.paymentId();
        } else if (event instanceof PaymentRecovered e) {
            return e.recoveryId();
        } else if (event instanceof AwardAmended e) {
            return e.amendmentReference();
        }
        return null;
    }

    private static LedgerFigures counters(int redirected, int notified, int evaluated, int withdrawn) {
        return new LedgerFigures(0, redirected, notified, evaluated, withdrawn, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO);
    }

    private static LedgerFigures amounts(LedgerFigures counters, BigDecimal awarded, BigDecimal pendingMaximum,
                                         BigDecimal released, BigDecimal paid) {
        return new LedgerFigures(counters.laureates(), counters.redirected(), counters.notified(),
                counters.evaluated(), counters.withdrawn(), ZERO, ZERO, awarded, pendingMaximum, released, paid);
    }
}
