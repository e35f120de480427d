package fr.deffinum.infrastructure.projection;

import java.util.List;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * A read model fed by a tracking processor of its own: what its live event handler (through
 * {@link LiveBatch}) and the one-pass replay both call. {@link #fold} writes within the caller's
 * transaction, the one that also moves the processor's tokens past the events.
 */
public interface ReplayableReadModel {

    /** The processing group of its processor, under which its tokens are stored. */
    String processingGroup();

    /** Empties its tables. */
    void reset();

    /**
     * Folds the events in, in their order, and writes what they changed in one statement per table;
     * events of other kinds are left out. From its processor, an event already folded in changes nothing.
     */
    void fold(List<? extends TrackedEventMessage<?>> events, Source source);

    /** Where a batch comes from, which decides how its rows may be written. */
    enum Source {
        /** Its processor, live or catching up: an event may come again, rows are inserted or updated by key. */
        PROCESSOR,
        /** The one-pass replay, into tables it emptied: each event comes once, rows may be copied in. */
        REPLAY
    }
}
