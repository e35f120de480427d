package fr.deffinum.domain.laureate.events;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The laureate paid money back (reversement). */
@Revision("1")
public record PaymentRecovered(LaureateId laureateId, String recoveryId, Money amount,
                               LocalDate recoveredOn) implements LaureateEvent {

    @Override
    public LocalDate effectiveOn() {
        return recoveredOn;
    }
}
