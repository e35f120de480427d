package fr.deffinum.domain.programme.events;

import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.serialization.Revision;

/** These officers, and only these, are in charge of the programme from {@code assignedOn}. */
@Revision("1")
public record OfficersAssigned(ProgrammeCode code, Set<String> officers, LocalDate assignedOn)
        implements ProgrammeEvent {

    /** Sorted, so that the same officers are always stored in the same order. */
    public OfficersAssigned {
        officers = Collections.unmodifiableSortedSet(new TreeSet<>(officers));
    }

    @Override
    public LocalDate effectiveOn() {
        return assignedOn;
    }
}
