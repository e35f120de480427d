package fr.deffinum.domain.laureate.events;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The laureate moved from one programme to another before any decision, under the target's
 * strategy (for CMA, one of France 2030's). Stored before as {@code LaureateRedirectedToCma},
 * always from DEFFINUM to CMA, and read as this event.
 */
@Revision("1")
public record LaureateRedirected(LaureateId laureateId, ProgrammeCode from, ProgrammeCode to, String strategy,
                                 LocalDate redirectedOn) implements LaureateEvent {

    @Override
    public LocalDate effectiveOn() {
        return redirectedOn;
    }
}
