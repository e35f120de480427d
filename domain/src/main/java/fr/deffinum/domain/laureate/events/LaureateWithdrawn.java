package fr.deffinum.domain.laureate.events;

import fr.deffinum.domain.laureate.LaureateId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The laureate renounced its grant: it keeps as firm only what it was paid, net; the rest is released. */
@Revision("1")
public record LaureateWithdrawn(LaureateId laureateId, LocalDate withdrawnOn) implements LaureateEvent {

    @Override
    public LocalDate effectiveOn() {
        return withdrawnOn;
    }
}
