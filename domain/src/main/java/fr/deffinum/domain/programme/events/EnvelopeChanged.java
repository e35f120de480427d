package fr.deffinum.domain.programme.events;

import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The envelope was raised, cut or first stated ({@code previous} is then null), for {@code reason}. */
@Revision("1")
public record EnvelopeChanged(ProgrammeCode code, Money previous, Money envelope, LocalDate changedOn,
                              String reason) implements ProgrammeEvent {

    @Override
    public LocalDate effectiveOn() {
        return changedOn;
    }
}
