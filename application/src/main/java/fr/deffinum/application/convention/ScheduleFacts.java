package fr.deffinum.application.convention;

import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.programme.Deadlines;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The events conventions are followed from (decisions, conventions, schedules, documents, payments,
 * withdrawals, programme deadlines), each kept with when it was recorded and when it took effect.
 */
public interface ScheduleFacts {

    /** The files of the laureates of {@code programmes} (null: all), as {@code point} sees them. */
    List<LaureateFile> files(Set<ProgrammeCode> programmes, PointInTime point);

    /** One laureate's file as {@code point} sees it. */
    LaureateFile file(LaureateId laureate, PointInTime point);

    /** The deadlines each programme had recorded, as {@code point} sees them; absent where none. */
    Map<ProgrammeCode, Deadlines> deadlines(PointInTime point);

    /** Waits until the laureate's events up to {@code version} are folded in; false if not within {@code timeout}. */
    boolean awaitVersion(LaureateId laureate, long version, Duration timeout);
}
