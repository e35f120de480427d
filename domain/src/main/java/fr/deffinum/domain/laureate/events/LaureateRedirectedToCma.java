package fr.deffinum.domain.laureate.events;

import fr.deffinum.domain.laureate.LaureateId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record LaureateRedirectedToCma(LaureateId laureateId, String strategy, LocalDate redirectedOn) implements LaureateEvent {

    @Override
    public LocalDate effectiveOn() {
        return redirectedOn;
    }
}
