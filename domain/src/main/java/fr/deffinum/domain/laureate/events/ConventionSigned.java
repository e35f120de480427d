package fr.deffinum.domain.laureate.events;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.convention.Tranche;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The convention signed with the laureate: its reference, its dates and the tranches it schedules. */
@Revision("1")
public record ConventionSigned(LaureateId laureateId, String reference, LocalDate signedOn, LocalDate startsOn,
                               LocalDate endsOn, List<Tranche> tranches) implements LaureateEvent {

    @Override
    public LocalDate effectiveOn() {
        return signedOn;
    }
}
