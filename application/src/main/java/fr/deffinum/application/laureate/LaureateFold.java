package fr.deffinum.application.laureate;

import fr.deffinum.domain.laureate.events.DecisionNotified;
import fr.deffinum.domain.laureate.events.LaureateEvaluated;
import fr.deffinum.domain.laureate.events.LaureateRedirectedToCma;
import fr.deffinum.domain.laureate.events.LaureateSelected;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.domain.laureate.events.SiretRecorded;
import fr.deffinum.domain.laureate.Programme;
import fr.deffinum.domain.money.Money;
import java.util.ArrayList;
import java.util.List;

/** How each event changes a {@link LaureateView}: pure functions, the whole logic of the read side. */
public final class LaureateFold {

    private LaureateFold() {
    }

    public static LaureateView selected(LaureateSelected e, long version) {
        return new LaureateView(e.laureateId().value(), e.reference(), e.name(), e.lead(), e.sectorsAsPublished(),
                e.sector(), e.scope(), e.call(), null, LaureateStatus.SELECTED, e.totalCost(), e.maximumGrant(),
                null, null, null, Money.ZERO, List.of(), null, e.selectedOn(), version, List.of(), List.of(), null, null);
    }

    public static LaureateView redirected(LaureateView v, LaureateRedirectedToCma e, long version) {
        return new LaureateView(v.id(), v.reference(), v.name(), v.lead(), v.sectorsAsPublished(), v.sector(),
                v.scope(), Programme.CMA, e.strategy(), LaureateStatus.REDIRECTED_TO_CMA, v.totalCost(),
                v.maxGrant(), null, null, null, v.paid(), v.payments(), null, v.selectedOn(), version,
                v.recoveries(), v.amendments(), v.withdrawnOn(), v.siret());
    }

    public static LaureateView notified(LaureateView v, DecisionNotified e, long version) {
        return new LaureateView(v.id(), v.reference(), v.name(), v.lead(), v.sectorsAsPublished(), v.sector(),
                v.scope(), v.programme(), v.strategy(), LaureateStatus.NOTIFIED, v.totalCost(), v.maxGrant(),
                e.awardedAmount(), e.decisionReference(), e.notifiedOn(), v.paid(), v.payments(), v.evaluation(),
                v.selectedOn(), version,
                v.recoveries(), v.amendments(), v.withdrawnOn(), v.siret());
    }

    public static LaureateView paid(LaureateView v, PaymentMade e, long version) {
        Money paid = v.paid().plus(e.amount());
        List<PaymentLine> payments = new ArrayList<>(v.payments());
        payments.add(new PaymentLine(e.paymentId(), e.amount(), e.kind(), e.paidOn()));
        LaureateStatus status = v.status() == LaureateStatus.EVALUATED ? LaureateStatus.EVALUATED
                : paid.compareTo(v.awardedAmount()) >= 0 ? LaureateStatus.FULLY_FUNDED : LaureateStatus.PARTLY_FUNDED;
        return new LaureateView(v.id(), v.reference(), v.name(), v.lead(), v.sectorsAsPublished(), v.sector(),
                v.scope(), v.programme(), v.strategy(), status, v.totalCost(), v.maxGrant(), v.awardedAmount(),
                v.decisionReference(), v.notifiedOn(), paid, payments, v.evaluation(), v.selectedOn(), version,
                v.recoveries(), v.amendments(), v.withdrawnOn(), v.siret());
    }

    public static LaureateView evaluated(LaureateView v, LaureateEvaluated e, long version) {
        return new LaureateView(v.id(), v.reference(), v.name(), v.lead(), v.sectorsAsPublished(), v.sector(),
                v.scope(), v.programme(), v.strategy(), LaureateStatus.EVALUATED, v.totalCost(), v.maxGrant(),
                v.awardedAmount(), v.decisionReference(), v.notifiedOn(), v.paid(), v.payments(),
                new Evaluation(e.outcome(), e.comment(), e.evaluatedOn()), v.selectedOn(), version,
                v.recoveries(), v.amendments(), v.withdrawnOn(), v.siret());
    }

    public static LaureateView siretRecorded(LaureateView v, SiretRecorded e, long version) {
        return new LaureateView(v.id(), v.reference(), v.name(), v.lead(), v.sectorsAsPublished(), v.sector(),
                v.scope(), v.programme(), v.strategy(), v.status(), v.totalCost(), v.maxGrant(), v.awardedAmount(),
                v.decisionReference(), v.notifiedOn(), v.paid(), v.payments(), v.evaluation(), v.selectedOn(), version,
                v.recoveries(), v.amendments(), v.withdrawnOn(), e.siret());
    }
}
