package fr.deffinum.domain.programme.events;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Part of the envelope was committed to a laureate (its maximum, then what is awarded). */
@Revision("1")
public record ExposureReserved(ProgrammeCode code, LaureateId laureateId, Money amount,
                               LocalDate effectiveOn) implements ProgrammeEvent {
}
