package fr.deffinum.application.document;

import java.util.Optional;

/** Where the bytes of documents are kept, addressed by their SHA-256 (hex): the same bytes are kept once. */
public interface DocumentStore {

    /** Keeps {@code content} under {@code sha256} unless bytes are kept there already. */
    void put(String sha256, byte[] content);

    /** The bytes kept under {@code sha256}, as they are now: whoever reads them checks them against it. */
    Optional<byte[]> open(String sha256);
}
