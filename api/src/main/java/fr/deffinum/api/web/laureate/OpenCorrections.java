package fr.deffinum.api.web.laureate;

import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.PaymentLine;
import java.util.List;

/**
 * Which corrections a laureate can take, so the page offers only those that can succeed;
 * {@code cancellable} lists the payments that still count.
 */
public record OpenCorrections(boolean amendment, boolean recovery, boolean withdrawal,
                              List<PaymentLine> cancellable) {

    static OpenCorrections of(LaureateView view) {
        boolean withdrawn = view.withdrawnOn() != null;
        List<PaymentLine> cancellable = withdrawn ? List.of()
                : view.payments().stream().filter(line -> line.cancelledOn() == null).toList();
        return new OpenCorrections(view.awardedAmount() != null && !withdrawn, !view.paid().isZero(), !withdrawn,
                cancellable);
    }

    public boolean cancellation() {
        return !cancellable.isEmpty();
    }

    public boolean any() {
        return amendment || recovery || withdrawal || cancellation();
    }
}
