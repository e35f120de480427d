package fr.deffinum.application.laureate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Who records a fact, on what basis (a reason, and the ids of the documents attached to the
 * laureate it cites as evidence), and which request it belongs to. Sent as command metadata and
 * copied onto every event the command produces; documents only when some are cited.
 */
public record Provenance(String actor, String reason, String correlationId, List<String> documents) {

    public static final String ACTOR = "actor";
    public static final String REASON = "reason";
    public static final String CORRELATION_ID = "correlationId";
    /** On the steps an approval records: who approved them, and the proposal; the actor is who proposed them. */
    public static final String APPROVED_BY = "approvedBy";
    public static final String PROPOSAL_ID = "proposalId";
    /** The cited documents' ids, separated by commas. */
    public static final String DOCUMENTS = "documents";

    public Provenance {
        Objects.requireNonNull(actor, "actor");
        reason = reason == null ? "" : reason;
        correlationId = correlationId == null ? UUID.randomUUID().toString() : correlationId;
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public Provenance(String actor, String reason, String correlationId) {
        this(actor, reason, correlationId, List.of());
    }

    /** The same, citing {@code cited} as its evidence. */
    public Provenance citing(List<String> cited) {
        return new Provenance(actor, reason, correlationId, cited);
    }

    public Map<String, String> asMetaData() {
        return documents.isEmpty() ? Map.of(ACTOR, actor, REASON, reason, CORRELATION_ID, correlationId)
                : Map.of(ACTOR, actor, REASON, reason, CORRELATION_ID, correlationId, DOCUMENTS, String.join(",", documents));
    }

    public static Provenance from(Map<String, ?> metaData) {
        Object actor = metaData.get(ACTOR);
        Object documents = metaData.get(DOCUMENTS);
        return new Provenance(actor == null ? "unknown" : actor.toString(),
                (String) metaData.get(REASON), (String) metaData.get(CORRELATION_ID),
                documents == null || documents.toString().isBlank() ? List.of()
                        : List.of(documents.toString().split(",")));
    }
}
