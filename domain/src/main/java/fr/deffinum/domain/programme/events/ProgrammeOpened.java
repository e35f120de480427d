package fr.deffinum.domain.programme.events;

import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A call was recorded as a programme; {@code envelope} is null while not known, {@code sectors} is
 * empty when the call has no sector taxonomy.
 */
@Revision("1")
public record ProgrammeOpened(ProgrammeCode code, String name, String plan, boolean euFunded, String operator,
                              LocalDate openedOn, Money envelope, List<String> sectors) implements ProgrammeEvent {

    public ProgrammeOpened {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
    }

    @Override
    public LocalDate effectiveOn() {
        return openedOn;
    }
}
