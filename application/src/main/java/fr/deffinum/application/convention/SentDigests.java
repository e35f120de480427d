package fr.deffinum.application.convention;

import java.time.LocalDate;

/** Which digests went out, so that none goes twice for a day, whichever instance sends it and however often. */
public interface SentDigests {

    /** Claims {@code user}'s digest of {@code day}: false if it was claimed before, here or by another instance. */
    boolean claim(String user, LocalDate day, int items);

    /** Gives the claim back after a failed send, so that a later run sends it. */
    void release(String user, LocalDate day);
}
