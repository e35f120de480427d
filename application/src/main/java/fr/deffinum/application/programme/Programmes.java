package fr.deffinum.application.programme;

import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Where the programme read model lives. */
public interface Programmes {

    Optional<ProgrammeView> find(ProgrammeCode code);

    /** Every programme, in the order they were opened. */
    List<ProgrammeView> all();

    /**
     * The statements of the programme's envelope within {@code point} (recorded by its {@code asOf},
     * in effect by its {@code effectiveOn}), in the order they were recorded: the last one is the
     * envelope at that point. Empty for an unknown programme, or one not yet opened at that point.
     */
    List<EnvelopeStatement> envelopes(ProgrammeCode code, PointInTime point);

    /** Waits until the stored programme {@code code} has folded in {@code version}; empty if it did not in time. */
    Optional<ProgrammeView> awaitVersion(ProgrammeCode code, long version, Duration timeout);
}
