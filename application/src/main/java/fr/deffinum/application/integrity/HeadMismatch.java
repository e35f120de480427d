package fr.deffinum.application.integrity;

/**
 * An aggregate whose chain no longer holds, at the sequence signed, the hash signed: {@code currentHash}
 * is the hash its event at that sequence gives now, null if the store holds no event (or no hash) there.
 */
public record HeadMismatch(String aggregate, long sequence, String signedHash, String currentHash) {
}
