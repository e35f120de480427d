package fr.deffinum.application.integrity;

import java.util.List;
import java.util.Optional;

/** The signatures of the chain heads taken so far, kept append-only. */
public interface HeadsSignatures {

    void add(HeadsSignature signature);

    Optional<HeadsSignature> latest();

    /** The {@code limit} latest, newest first. */
    List<HeadsSignature> newestFirst(int limit);
}
