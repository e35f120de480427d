package fr.deffinum.application.laureate;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Who records a fact, on what basis, and which request it belongs to. Sent as command metadata and
 * copied onto every event the command produces.
 */
public record Provenance(String actor, String reason, String correlationId) {

    public static final String ACTOR = "actor";
    public static final String REASON = "reason";
    public static final String CORRELATION_ID = "correlationId";
    /** On the steps an approval records: who approved them, and the proposal; the actor is who proposed them. */
    public static final String APPROVED_BY = "approvedBy";
    public static final String PROPOSAL_ID = "proposalId";

    public Provenance {
        Objects.requireNonNull(actor, "actor");
        reason = reason == null ? "" : reason;
        correlationId = correlationId == null ? UUID.randomUUID().toString() : correlationId;
    }

    public Map<String, String> asMetaData() {
        return Map.of(ACTOR, actor, REASON, reason, CORRELATION_ID, correlationId);
    }

    public static Provenance from(Map<String, ?> metaData) {
        Object actor = metaData.get(ACTOR);
        return new Provenance(actor == null ? "unknown" : actor.toString(),
                (String) metaData.get(REASON), (String) metaData.get(CORRELATION_ID));
    }
}
