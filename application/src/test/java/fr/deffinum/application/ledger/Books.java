package fr.deffinum.application.ledger;

import fr.deffinum.domain.laureate.events.AwardAmended;
import fr.deffinum.domain.laureate.events.DecisionNotified;
import fr.deffinum.domain.laureate.events.LaureateEvent;
import fr.deffinum.domain.laureate.events.LaureateSelected;
import fr.deffinum.domain.laureate.events.LaureateWithdrawn;
import fr.deffinum.domain.laureate.events.PaymentCancelled;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.domain.laureate.events.PaymentRecovered;
import java.math.BigDecimal;
import java.util.List;

/**
 * A laureate's figures folded from its events as the README states them, written apart from the
 * ledger: the maximum is pending until the decision, then firm as awarded (the rest released), and
 * once withdrawn only the net paid stays firm.
 */
record Books(BigDecimal maxGrant, BigDecimal awarded, BigDecimal pendingMaximum, BigDecimal released, BigDecimal paid) {

    static Books of(List<LaureateEvent> events) {
        BigDecimal maximum = BigDecimal.ZERO;
        BigDecimal decided = null;
        BigDecimal paid = BigDecimal.ZERO;
        boolean withdrawn = false;
        for (LaureateEvent event : events) {
            if (event instanceof LaureateSelected selected) {
                maximum = selected.maximumGrant().amount();
            } else if (event instanceof DecisionNotified notified) {
                decided = notified.awardedAmount().amount();
            } else if (event instanceof AwardAmended amended) {
                decided = amended.awardedAmount().amount();
            } else if (event instanceof PaymentMade payment) {
                paid = paid.add(payment.amount().amount());
            } else if (event instanceof PaymentCancelled cancelled) {
                paid = paid.subtract(cancelled.amount().amount());
            } else if (event instanceof PaymentRecovered recovered) {
                paid = paid.subtract(recovered.amount().amount());
            } else if (event instanceof LaureateWithdrawn) {
                withdrawn = true;
            }
        }
        BigDecimal firm = withdrawn ? paid : decided == null ? BigDecimal.ZERO : decided;
        BigDecimal pending = withdrawn || decided != null ? BigDecimal.ZERO : maximum;
        return new Books(maximum, firm, pending, maximum.subtract(firm).subtract(pending), paid);
    }

    static Books of(LedgerFigures figures) {
        return new Books(figures.maxGrant(), figures.awarded(), figures.pendingMaximum(), figures.released(), figures.paid());
    }

    /** The same figures whatever the scale their amounts were summed at. */
    Books normalized() {
        return new Books(maxGrant.setScale(2), awarded.setScale(2), pendingMaximum.setScale(2), released.setScale(2), paid.setScale(2));
    }
}
