package fr.deffinum.application.integrity;

/** One row of the event store as the chain check reads it: its content, and the hashes stored with it (null if none). */
public record StoredEvent(long globalIndex, EventContent content, String hash, String previousHash) {
}
