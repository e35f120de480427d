package fr.deffinum.application.ledger;

import fr.deffinum.application.dashboard.Dashboard;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The amounts ledger's answers: the readings at a point in time it makes by summing its rows. */
public interface AmountsLedger {

    /** Waits until the ledger holds the laureate's event {@code sequence}; false if it did not in time. */
    boolean awaitSequence(String laureateId, long sequence, Duration timeout);

    Dashboard dashboard(PointInTime point);

    /** The dashboard of the laureates that were in {@code programme} at that point. */
    Dashboard dashboard(PointInTime point, ProgrammeCode programme);

    /** Each laureate selected at that point, with its standing then. */
    List<LaureateStanding> standings(PointInTime point);

    Optional<LaureateStanding> standing(String laureateId, PointInTime point);

    /** A laureate's entries at that point, in the order they were recorded. */
    List<LedgerEntry> entries(String laureateId, PointInTime point);
}
