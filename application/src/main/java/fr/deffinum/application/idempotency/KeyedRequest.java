package fr.deffinum.application.idempotency;

/** An earlier request under a key: its fingerprint, and its answer once it has one. */
public record KeyedRequest(String fingerprint, StoredAnswer answer) {

    public boolean inProgress() {
        return answer == null;
    }
}
