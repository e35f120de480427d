package fr.deffinum.application.ledger;

import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.PaymentLine;
import fr.deffinum.domain.laureate.Programme;
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
        boolean notified = then.awardedAmount() != null && now.notifiedOn() != null
                && steps.contains("DecisionNotified:" + now.decisionReference());
        boolean redirected = then.programme() == Programme.CMA && now.programme() == Programme.CMA;
        List<PaymentLine> payments = now.payments().stream()
                .filter(line -> steps.contains("PaymentMade:" + line.paymentId()))
                .map(line -> steps.contains("PaymentCancelled:" + line.paymentId()) ? line
                        : new PaymentLine(line.paymentId(), line.amount(), line.kind(), line.paidOn()))
                .toList();
        return new LaureateView(now.id(), now.reference(), now.name(), now.lead(), now.sectorsAsPublished(),
                now.sector(), now.scope(), then.programme(), redirected ? now.strategy() : null, then.status(),
                now.totalCost(), now.maxGrant(), then.awardedAmount(), notified ? now.decisionReference() : null,
                notified ? now.notifiedOn() : null, then.paid(), payments,
                then.status() == LaureateStatus.EVALUATED ? now.evaluation() : null, now.selectedOn(), now.version(),
                now.recoveries().stream().filter(line -> steps.contains("PaymentRecovered:" + line.recoveryId())).toList(),
                now.amendments().stream()
                        .filter(line -> steps.contains("AwardAmended:" + line.amendmentReference())).toList(),
                then.status() == LaureateStatus.WITHDRAWN ? now.withdrawnOn() : null, now.siret());
    }
}
