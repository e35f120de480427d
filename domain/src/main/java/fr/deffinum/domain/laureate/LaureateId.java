package fr.deffinum.domain.laureate;

import java.util.Objects;
import java.util.UUID;

/** Identifies one laureate project. Axon stores {@code toString()} as the aggregate identifier. */
public record LaureateId(String value) {

    public LaureateId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A laureate id cannot be blank");
        }
    }

    public static LaureateId random() {
        return new LaureateId(UUID.randomUUID().toString());
    }

    /** The same reference always gives the same id: a re-run import finds what it recorded. */
    public static LaureateId fromReference(String reference) {
        return new LaureateId(UUID.nameUUIDFromBytes(reference.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
