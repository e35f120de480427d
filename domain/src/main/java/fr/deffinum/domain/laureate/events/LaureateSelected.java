package fr.deffinum.domain.laureate.events;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.Programme;
import fr.deffinum.domain.laureate.Scope;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A call selected the project; {@code scope} is null where the call did not publish it per project. */
@Revision("1")
public record LaureateSelected(LaureateId laureateId, String reference, String name, String lead,
                               String sectorsAsPublished, Sector sector, Scope scope, Programme call,
                               Money totalCost, Money maximumGrant, LocalDate selectedOn) implements LaureateEvent {

    @Override
    public LocalDate effectiveOn() {
        return selectedOn;
    }
}
