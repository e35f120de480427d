package fr.deffinum.application.convention;

import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * Whose work, and when: the items of {@code programmes} (null: every programme) on {@code day}, as
 * known at {@code asOf} (null: now) from what had taken effect by that day.
 */
public record WorkFilter(Set<ProgrammeCode> programmes, LocalDate day, Instant asOf) {

    public PointInTime point() {
        return new PointInTime(asOf, day);
    }
}
