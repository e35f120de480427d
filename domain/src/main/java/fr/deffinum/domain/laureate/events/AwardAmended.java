package fr.deffinum.domain.laureate.events;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An amendment (avenant) changed the firm amount from {@code previousAmount} to {@code awardedAmount}. */
@Revision("1")
public record AwardAmended(LaureateId laureateId, Money previousAmount, Money awardedAmount,
                           String amendmentReference, LocalDate amendedOn) implements LaureateEvent {

    @Override
    public LocalDate effectiveOn() {
        return amendedOn;
    }
}
