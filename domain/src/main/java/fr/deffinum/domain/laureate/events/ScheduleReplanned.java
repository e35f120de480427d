package fr.deffinum.domain.laureate.events;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.convention.Tranche;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The convention's schedule replaced by {@code tranches}, with the amendment that changed the award. */
@Revision("1")
public record ScheduleReplanned(LaureateId laureateId, List<Tranche> tranches, LocalDate replannedOn)
        implements LaureateEvent {

    @Override
    public LocalDate effectiveOn() {
        return replannedOn;
    }
}
