package fr.deffinum.application.integrity;

import java.util.function.Consumer;

/** The event store read row by row, for the chain check. */
public interface StoredEvents {

    /** Every event, or only those of {@code laureate} when it is not null, in global order, without holding them all. */
    void inGlobalOrder(String laureate, Consumer<StoredEvent> visitor);
}
