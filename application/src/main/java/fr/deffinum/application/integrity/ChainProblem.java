package fr.deffinum.application.integrity;

/** What the chain check found wrong with an event. */
public enum ChainProblem {
    /** The event's sequence number does not follow its laureate's previous event: one was removed or moved. */
    SEQUENCE_GAP,
    /** The event carries no hash: recorded before the chain existed, or its metadata was replaced. */
    HASH_MISSING,
    /** The event's content no longer gives the hash stored with it: a field was changed. */
    HASH_MISMATCH,
    /** The event is intact but names another predecessor than the one stored before it: that one was replaced. */
    CHAIN_BROKEN
}
