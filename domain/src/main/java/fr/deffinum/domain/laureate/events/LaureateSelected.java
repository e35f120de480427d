package fr.deffinum.domain.laureate.events;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.Scope;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A programme selected the project. {@code sector} is a code of the programme's taxonomy (null where
 * it has none); {@code scope} is null where the call did not publish it per project. Revision 1
 * named the programme {@code call}.
 */
@Revision("2")
public record LaureateSelected(LaureateId laureateId, String reference, String name, String lead,
                               String sectorsAsPublished, String sector, Scope scope, ProgrammeCode programme,
                               Money totalCost, Money maximumGrant, LocalDate selectedOn) implements LaureateEvent {

    @Override
    public LocalDate effectiveOn() {
        return selectedOn;
    }
}
