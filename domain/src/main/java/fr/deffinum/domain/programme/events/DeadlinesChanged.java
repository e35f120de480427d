package fr.deffinum.domain.programme.events;

import fr.deffinum.domain.programme.Deadlines;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** From {@code changedOn}, the programme's conventions and final reports are due within these delays. */
@Revision("1")
public record DeadlinesChanged(ProgrammeCode code, int conventionWithinDays, int finalReportWithinMonths,
                               LocalDate changedOn) implements ProgrammeEvent {

    public Deadlines deadlines() {
        return new Deadlines(conventionWithinDays, finalReportWithinMonths);
    }

    @Override
    public LocalDate effectiveOn() {
        return changedOn;
    }
}
