package fr.deffinum.application.integrity;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of a check of the store: intact, or the first event in global order that no longer
 * matches and how many do not, the documents the events name whose bytes the store no longer
 * holds as named, and the latest signature of the chain heads (null if none was taken) with the
 * heads the store no longer holds. Intact only if all are clean.
 */
public record ChainVerification(boolean intact, long eventsChecked, long streamsChecked, long mismatches,
                                ChainMismatch firstMismatch, Instant checkedAt, long documentsChecked,
                                List<DocumentMismatch> documentMismatches, SignatureVerdict lastSignature) {

    public ChainVerification {
        documentMismatches = List.copyOf(documentMismatches);
    }

    /** This chain's verdict with what {@code documents} found. */
    public ChainVerification with(DocumentCheck documents) {
        List<DocumentMismatch> found = documents.mismatches();
        return new ChainVerification(intact && found.isEmpty(), eventsChecked, streamsChecked, mismatches,
                firstMismatch, checkedAt, documents.checked(), found, lastSignature);
    }

    /** This verdict with what the check of the latest signature found. */
    public ChainVerification with(SignatureVerdict signature) {
        return new ChainVerification(intact && signature.clean(), eventsChecked, streamsChecked, mismatches,
                firstMismatch, checkedAt, documentsChecked, documentMismatches, signature);
    }
}
