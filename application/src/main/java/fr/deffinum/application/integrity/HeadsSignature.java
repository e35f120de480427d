package fr.deffinum.application.integrity;

import static java.nio.charset.StandardCharsets.UTF_8;

import fr.deffinum.application.document.Sha256;
import java.time.Instant;

/**
 * A signature of the chain heads: the heads in their canonical form, their SHA-256, and the
 * Ed25519 signature (base64) of {@link #payload()} by the key {@code keyId}.
 */
public record HeadsSignature(Instant signedAt, String headsHash, String heads, String signature, String keyId) {

    /**
     * What is signed: four lines, each ended by a line feed: {@code deffinum-chain-heads-v1},
     * {@code signedAt=<ISO-8601 instant>}, {@code headsHash=<hex>}, {@code keyId=<hex>}.
     */
    public byte[] payload() {
        return payload(signedAt, headsHash, keyId);
    }

    static byte[] payload(Instant signedAt, String headsHash, String keyId) {
        return ("deffinum-chain-heads-v1\nsignedAt=" + signedAt + "\nheadsHash=" + headsHash + "\nkeyId=" + keyId + "\n")
                .getBytes(UTF_8);
    }

    static HeadsSignature of(ChainHeadSet heads, Instant signedAt, SigningKey key) {
        String headsHash = heads.sha256();
        return new HeadsSignature(signedAt, headsHash, heads.canonical(),
                key.sign(payload(signedAt, headsHash, key.keyId())), key.keyId());
    }

    /** Signed by {@code key}, over heads that still give their hash. */
    public boolean validFor(SigningKey key) {
        return key.keyId().equals(keyId) && Sha256.hex(heads.getBytes(UTF_8)).equals(headsHash)
                && key.verifies(payload(), signature);
    }
}
