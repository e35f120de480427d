package fr.deffinum.application.audit;

import java.time.Instant;

/** Criteria of the audit journal, all optional; {@code from} inclusive, {@code to} exclusive, on the recording time. */
public record AuditFilter(Instant from, Instant to, String actor, String type, String laureateId, int page, int size) {

    public AuditFilter {
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, 500);
    }
}
