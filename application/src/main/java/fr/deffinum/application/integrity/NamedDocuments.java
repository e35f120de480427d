package fr.deffinum.application.integrity;

import java.util.function.Consumer;

/** The documents the stored events name, read from the event store itself, not from a projection. */
public interface NamedDocuments {

    /** Every document named, or only those of {@code laureate} when it is not null, in global order. */
    void inGlobalOrder(String laureate, Consumer<NamedDocument> visitor);
}
