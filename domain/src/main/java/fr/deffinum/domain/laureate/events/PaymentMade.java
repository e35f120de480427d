package fr.deffinum.domain.laureate.events;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PaymentMade(LaureateId laureateId, String paymentId, Money amount, PaymentKind kind,
                          LocalDate paidOn) implements LaureateEvent {

    @Override
    public LocalDate effectiveOn() {
        return paidOn;
    }
}
