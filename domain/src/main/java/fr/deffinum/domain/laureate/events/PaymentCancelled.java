package fr.deffinum.domain.laureate.events;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A payment recorded in error no longer counts; {@code amount} is the cancelled payment's. */
@Revision("1")
public record PaymentCancelled(LaureateId laureateId, String paymentId, Money amount,
                               LocalDate cancelledOn) implements LaureateEvent {

    @Override
    public LocalDate effectiveOn() {
        return cancelledOn;
    }
}
