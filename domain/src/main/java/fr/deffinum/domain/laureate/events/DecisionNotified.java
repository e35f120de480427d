package fr.deffinum.domain.laureate.events;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record DecisionNotified(LaureateId laureateId, Money awardedAmount, String decisionReference,
                               LocalDate notifiedOn) implements LaureateEvent {

    @Override
    public LocalDate effectiveOn() {
        return notifiedOn;
    }
}
