package fr.deffinum.application.integrity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;

/**
 * Signs the heads of every chain with the run's key and keeps the signature, so that a later check
 * can tell whether any chain was rewritten since, hashes and all, by someone without that key.
 */
@Service
public class ChainHeadsSigning {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final CurrentChainHeads heads;
    private final HeadsSignatures signatures;
    private final Signing signing;
    private final Clock clock = Clock.systemUTC();

    public ChainHeadsSigning(CurrentChainHeads heads, HeadsSignatures signatures, Signing signing) {
        this.heads = heads;
        this.signatures = signatures;
        this.signing = signing;
    }

    public HeadsSignature sign() {
        SigningKey key = signing.required();
        HeadsSignature signature = HeadsSignature.of(heads.read(), clock.instant().truncatedTo(ChronoUnit.SECONDS), key);
        signatures.add(signature);
        return signature;
    }

    public boolean enabled() {
        return signing.key().isPresent();
    }

    /** Whether the latest signature is older than today in Paris, or by another key than this run's; false when signing is off. */
    public boolean dueToday() {
        return enabled() && signatures.latest()
                .map(latest -> !latest.keyId().equals(signing.required().keyId()) || dayOf(latest.signedAt()).isBefore(today()))
                .orElse(true);
    }

    private LocalDate today() {
        return dayOf(clock.instant());
    }

    private static LocalDate dayOf(Instant instant) {
        return instant.atZone(PARIS).toLocalDate();
    }
}
