package fr.deffinum.application.idempotency;

import java.util.Optional;

/** Where the first answer to each keyed request is kept, durably, per user. */
public interface IdempotentRequests {

    /**
     * Claims {@code key} for a request of {@code actor} with this fingerprint; empty if the claim is
     * new (the request is to be processed), else what is known of the earlier request under this key.
     */
    Optional<KeyedRequest> claim(String actor, String key, String fingerprint);

    void complete(String actor, String key, StoredAnswer answer);

    /** Forgets an unfinished claim, so that a retry is processed: the request failed without an answer to keep. */
    void release(String actor, String key);
}
