package fr.deffinum.domain.programme.events;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Part of what a laureate held reserved went back to the envelope. */
@Revision("1")
public record ExposureReleased(ProgrammeCode code, LaureateId laureateId, Money amount,
                               LocalDate effectiveOn) implements ProgrammeEvent {
}
