package fr.deffinum.application.export;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;

/**
 * What an export file was: its name (with its query, as served under {@code /api/exports/}), the
 * SHA-256 of its bytes, the hash of the chain heads of the store when it was produced, and the
 * Ed25519 signature (base64) of {@link #payload()} by the key {@code keyId}.
 */
public record ExportManifest(String file, String sha256, String chainHeadsHash, Instant producedAt, String keyId,
                             String signature) {

    /**
     * What is signed: six lines, each ended by a line feed: {@code deffinum-export-manifest-v1},
     * then {@code file=}, {@code sha256=}, {@code chainHeadsHash=}, {@code producedAt=} (ISO-8601) and
     * {@code keyId=} followed by the field's value.
     */
    public byte[] payload() {
        return payload(file, sha256, chainHeadsHash, producedAt, keyId);
    }

    static byte[] payload(String file, String sha256, String chainHeadsHash, Instant producedAt, String keyId) {
        return ("deffinum-export-manifest-v1\nfile=" + file + "\nsha256=" + sha256 + "\nchainHeadsHash=" + chainHeadsHash
                + "\nproducedAt=" + producedAt + "\nkeyId=" + keyId + "\n").getBytes(UTF_8);
    }
}
