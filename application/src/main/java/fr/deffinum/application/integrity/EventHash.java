package fr.deffinum.application.integrity;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a canonical encoding of an event's content and the hash of the laureate's previous
 * event ({@link #GENESIS} before its first). Each field is written with its length, so that no two
 * different contents encode alike; the version tag names the encoding, which never changes in place.
 */
public final class EventHash {

    /** The metadata entries the chain adds to each event; the hash covers the second, not itself. */
    public static final String HASH = "hash";
    public static final String PREVIOUS_HASH = "previousHash";
    public static final String GENESIS = "0".repeat(64);

    private static final byte[] VERSION = "deffinum-event-chain-v1".getBytes(UTF_8);

    private EventHash() {
    }

    public static String of(EventContent event, String previousHash) {
        MessageDigest digest = sha256();
        digest.update(VERSION);
        field(digest, event.eventIdentifier());
        field(digest, event.aggregateIdentifier());
        field(digest, Long.toString(event.sequence()));
        field(digest, event.aggregateType());
        field(digest, event.payloadType());
        field(digest, event.payloadRevision());
        field(digest, event.timestamp());
        field(digest, event.payload());
        field(digest, event.metaData());
        field(digest, previousHash);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void field(MessageDigest digest, String value) {
        if (value == null) {
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
