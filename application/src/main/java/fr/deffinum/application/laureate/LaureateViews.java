package fr.deffinum.application.laureate;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The laureate read model's answers: each laureate as its committed events leave it. */
public interface LaureateViews {

    Optional<LaureateView> find(String id);

    List<LaureateView> search(LaureateFilter filter);

    /** Every laureate's id, reference and programme: what an imported file's lines are matched on. */
    List<LaureateKey> keys();

    /** Waits until the stored view of {@code id} has folded in {@code version}; empty if it did not in time. */
    Optional<LaureateView> awaitVersion(String id, long version, Duration timeout);
}
