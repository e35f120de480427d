package fr.deffinum.application.laureate;

import fr.deffinum.domain.laureate.events.AwardAmended;
import fr.deffinum.domain.laureate.events.LaureateWithdrawn;
import fr.deffinum.domain.laureate.events.PaymentCancelled;
import fr.deffinum.domain.laureate.events.PaymentRecovered;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How the corrections change a {@link LaureateView}. A withdrawn laureate keeps as firm only its
 * net paid: the rest of its maximum is released, and each later recovery releases what it brings back.
 */
public final class CorrectionFold {

    private CorrectionFold() {
    }

    public static LaureateView amended(LaureateView v, AwardAmended e, long version) {
        List<AmendmentLine> amendments = new ArrayList<>(v.amendments());
        amendments.add(new AmendmentLine(e.amendmentReference(), e.previousAmount(), e.awardedAmount(), e.amendedOn()));
        return with(v, fundingStatus(v, e.awardedAmount(), v.paid()), e.awardedAmount(), v.paid(), v.payments(),
                v.recoveries(), amendments, v.withdrawnOn(), version);
    }

    public static LaureateView cancelled(LaureateView v, PaymentCancelled e, long version) {
        Money paid = v.paid().minus(e.amount());
        List<PaymentLine> payments = v.payments().stream()
                .map(line -> line.paymentId().equals(e.paymentId())
                        ? new PaymentLine(line.paymentId(), line.amount(), line.kind(), line.paidOn(), e.cancelledOn())
                        : line)
                .toList();
        return with(v, fundingStatus(v, v.awardedAmount(), paid), v.awardedAmount(), paid, payments,
                v.recoveries(), v.amendments(), v.withdrawnOn(), version);
    }

    public static LaureateView recovered(LaureateView v, PaymentRecovered e, long version) {
        Money paid = v.paid().minus(e.amount());
        List<RecoveryLine> recoveries = new ArrayList<>(v.recoveries());
        recoveries.add(new RecoveryLine(e.recoveryId(), e.amount(), e.recoveredOn()));
        boolean withdrawn = v.withdrawnOn() != null;
        Money awarded = withdrawn ? paid : v.awardedAmount();
        LaureateStatus status = withdrawn ? LaureateStatus.WITHDRAWN : fundingStatus(v, awarded, paid);
        return with(v, status, awarded, paid, v.payments(), recoveries, v.amendments(), v.withdrawnOn(), version);
    }

    public static LaureateView withdrawn(LaureateView v, LaureateWithdrawn e, long version) {
        return with(v, LaureateStatus.WITHDRAWN, v.paid(), v.paid(), v.payments(), v.recoveries(), v.amendments(),
                e.withdrawnOn(), version);
    }

    private static LaureateStatus fundingStatus(LaureateView v, Money awarded, Money paid) {
        if (v.evaluation() != null) {
            return LaureateStatus.EVALUATED;
        }
        if (paid.isZero()) {
            return LaureateStatus.NOTIFIED;
        }
        return paid.compareTo(awarded) >= 0 ? LaureateStatus.FULLY_FUNDED : LaureateStatus.PARTLY_FUNDED;
    }

    private static LaureateView with(LaureateView v, LaureateStatus status, Money awarded, Money paid,
                                     List<PaymentLine> payments, List<RecoveryLine> recoveries,
                                     List<AmendmentLine> amendments, LocalDate withdrawnOn, long version) {
        return new LaureateView(v.id(), v.reference(), v.name(), v.lead(), v.sectorsAsPublished(), v.sector(),
                v.scope(), v.programme(), v.strategy(), status, v.totalCost(), v.maxGrant(), awarded,
                v.decisionReference(), v.notifiedOn(), paid, payments, v.evaluation(), v.selectedOn(), version,
                recoveries, amendments, withdrawnOn, v.siret());
    }
}
