package fr.deffinum.application.importing;

import java.time.Instant;

/**
 * Where a running import stands, as of {@code updatedAt}: lines read, lines checked against the
 * rules, errors found, and while it records, how many of its events are prepared for the single
 * insert that commits them all ({@code recorded}).
 */
public record ImportProgress(String importId, Phase phase, int lines, int checked, int errors, int recorded,
                             Instant updatedAt) {

    public enum Phase { READING, CHECKING, RECORDING, RECORDED, PROPOSED, REJECTED, FAILED }

    static ImportProgress of(String importId, Phase phase, int lines, int checked, int errors) {
        return new ImportProgress(importId, phase, lines, checked, errors, 0, Instant.now());
    }

    static ImportProgress recording(String importId, int lines, int recorded) {
        return new ImportProgress(importId, Phase.RECORDING, lines, lines, 0, recorded, Instant.now());
    }
}
