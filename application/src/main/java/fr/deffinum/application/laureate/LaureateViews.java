package fr.deffinum.application.laureate;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Where the laureate read model lives. Saving a version older than the stored one changes nothing. */
public interface LaureateViews {

    Optional<LaureateView> find(String id);

    List<LaureateView> search(LaureateFilter filter);

    void save(LaureateView view);

    void deleteAll();

    /** Waits until the stored view of {@code id} has folded in {@code version}; empty if it did not in time. */
    Optional<LaureateView> awaitVersion(String id, long version, Duration timeout);
}
