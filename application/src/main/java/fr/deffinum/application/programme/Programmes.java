package fr.deffinum.application.programme;

import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Where the programme read model lives. */
public interface Programmes {

    Optional<ProgrammeView> find(ProgrammeCode code);

    /** Every programme, in the order they were opened. */
    List<ProgrammeView> all();

    /** Waits until the stored programme {@code code} has folded in {@code version}; empty if it did not in time. */
    Optional<ProgrammeView> awaitVersion(ProgrammeCode code, long version, Duration timeout);
}
