package fr.deffinum.application.ledger;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where in both times a reading stands: {@code asOf}, an instant, keeps what had been recorded by
 * then; {@code effectiveOn}, a day, keeps what had taken effect by that day, whenever it was
 * recorded. Either may be null (no limit); both null is the present.
 */
public record PointInTime(Instant asOf, LocalDate effectiveOn) {

    public static final PointInTime NOW = new PointInTime(null, null);

    public boolean isNow() {
        return asOf == null && effectiveOn == null;
    }

    public boolean includes(Instant recordedAt, LocalDate effectiveDate) {
        return (asOf == null || !recordedAt.isAfter(asOf)) && (effectiveOn == null || !effectiveDate.isAfter(effectiveOn));
    }
}
