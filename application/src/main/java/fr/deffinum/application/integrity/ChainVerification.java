package fr.deffinum.application.integrity;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of a check of the store: intact, or the first event in global order that no longer
 * matches and how many do not, and the documents the events name whose bytes the store no longer
 * holds as named. Intact only if both are clean.
 */
public record ChainVerification(boolean intact, long eventsChecked, long streamsChecked, long mismatches,
                                ChainMismatch firstMismatch, Instant checkedAt, long documentsChecked,
                                List<DocumentMismatch> documentMismatches) {

    public ChainVerification {
        documentMismatches = List.copyOf(documentMismatches);
    }

    /** This chain's verdict with what {@code documents} found. */
    public ChainVerification with(DocumentCheck documents) {
        List<DocumentMismatch> found = documents.mismatches();
        return new ChainVerification(intact && found.isEmpty(), eventsChecked, streamsChecked, mismatches,
                firstMismatch, checkedAt, documents.checked(), found);
    }
}
