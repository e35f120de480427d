package fr.deffinum.api.web.laureate;

import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.application.laureate.LaureateView;

/** Which steps a laureate can take next, so the page offers only the forms that can succeed. */
public record OpenSteps(boolean notification, boolean redirection, boolean payment, boolean evaluation) {

    static OpenSteps of(LaureateView view) {
        boolean notified = view.awardedAmount() != null;
        return new OpenSteps(!notified, view.status() == LaureateStatus.SELECTED,
                notified && !view.remainingToPay().isZero(),
                !view.payments().isEmpty() && view.evaluation() == null && view.withdrawnOn() == null);
    }

    public boolean any() {
        return notification || redirection || payment || evaluation;
    }
}
