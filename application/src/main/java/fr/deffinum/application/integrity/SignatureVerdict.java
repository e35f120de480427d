package fr.deffinum.application.integrity;

import java.time.Instant;
import java.util.List;

/**
 * The latest signature of the chain heads checked: whether it is this run's key's over its heads
 * ({@code signatureValid}), and whether the store still holds every head it signed
 * ({@code storeMatches}; {@code mismatches} names each aggregate that does not).
 */
public record SignatureVerdict(Instant signedAt, String headsHash, String keyId, boolean signatureValid,
                               boolean storeMatches, long headsChecked, List<HeadMismatch> mismatches) {

    public SignatureVerdict {
        mismatches = List.copyOf(mismatches);
    }

    public boolean clean() {
        return signatureValid && storeMatches;
    }
}
