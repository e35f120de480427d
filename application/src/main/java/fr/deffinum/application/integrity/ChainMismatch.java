package fr.deffinum.application.integrity;

import java.time.Instant;

/** The event at which a chain check found a problem. {@code recordedAt} is null when its stored timestamp no longer reads. */
public record ChainMismatch(long globalIndex, String eventIdentifier, String laureate, long sequence, String type,
                            Instant recordedAt, ChainProblem problem) {
}
