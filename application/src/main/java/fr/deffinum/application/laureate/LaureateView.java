package fr.deffinum.application.laureate;

import fr.deffinum.domain.laureate.Programme;
import fr.deffinum.domain.laureate.Scope;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A laureate as its events leave it. {@code version} is the sequence number of the last event
 * folded in: the read side is up to date with a write once it reaches that write's version.
 * {@code paid} is net of cancelled payments and recoveries. Once withdrawn, {@code awardedAmount}
 * is what the laureate keeps, its net paid, and the rest of the maximum counts as released.
 * {@code siret} is null until an officer records it.
 */
public record LaureateView(String id, String reference, String name, String lead, String sectorsAsPublished,
                           Sector sector, Scope scope, Programme programme, String strategy,
                           LaureateStatus status, Money totalCost, Money maxGrant, Money awardedAmount,
                           String decisionReference, LocalDate notifiedOn, Money paid,
                           List<PaymentLine> payments, Evaluation evaluation, LocalDate selectedOn, long version,
                           List<RecoveryLine> recoveries, List<AmendmentLine> amendments, LocalDate withdrawnOn,
                           String siret) {

    public LaureateView {
        payments = List.copyOf(payments);
        recoveries = List.copyOf(recoveries);
        amendments = List.copyOf(amendments);
    }

    public AmountBasis amountBasis() {
        return awardedAmount == null ? AmountBasis.MAXIMUM : AmountBasis.FIRM;
    }

    /** The firm amount once notified, the maximum before. */
    public Money grant() {
        return awardedAmount == null ? maxGrant : awardedAmount;
    }

    public Money remainingToPay() {
        return grant().minus(paid);
    }
}
