package fr.deffinum.domain.laureate.events;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A payment; {@code trancheId} is the convention's tranche it releases, null without a convention. */
@Revision("1")
public record PaymentMade(LaureateId laureateId, String paymentId, Money amount, PaymentKind kind,
                          LocalDate paidOn, String trancheId) implements LaureateEvent {

    public PaymentMade(LaureateId laureateId, String paymentId, Money amount, PaymentKind kind, LocalDate paidOn) {
        this(laureateId, paymentId, amount, kind, paidOn, null);
    }

    @Override
    public LocalDate effectiveOn() {
        return paidOn;
    }
}
