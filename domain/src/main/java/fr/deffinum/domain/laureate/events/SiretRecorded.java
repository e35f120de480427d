package fr.deffinum.domain.laureate.events;

import fr.deffinum.domain.laureate.LaureateId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The beneficiary's SIRET, 14 digits with a valid key; a later one replaces it (a correction). */
@Revision("1")
public record SiretRecorded(LaureateId laureateId, String siret, LocalDate recordedOn) implements LaureateEvent {

    @Override
    public LocalDate effectiveOn() {
        return recordedOn;
    }
}
