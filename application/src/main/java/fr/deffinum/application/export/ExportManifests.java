package fr.deffinum.application.export;

import fr.deffinum.application.document.Sha256;
import fr.deffinum.application.integrity.CurrentChainHeads;
import fr.deffinum.application.integrity.Signing;
import fr.deffinum.application.integrity.SigningKey;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;

/** Signs what an export file is, with the run's key: anyone holding the public key can check it. */
@Service
public class ExportManifests {

    private final CurrentChainHeads heads;
    private final Signing signing;
    private final Clock clock = Clock.systemUTC();

    public ExportManifests(CurrentChainHeads heads, Signing signing) {
        this.heads = heads;
        this.signing = signing;
    }

    public boolean signing() {
        return signing.key().isPresent();
    }

    /** The signed manifest of {@code bytes}, served as {@code file}; refused with {@code SigningOff} when signing is off. */
    public ExportManifest of(String file, byte[] bytes) {
        SigningKey key = signing.required();
        String sha256 = Sha256.hex(bytes);
        String chainHeadsHash = heads.read().sha256();
        Instant producedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String signature = key.sign(ExportManifest.payload(file, sha256, chainHeadsHash, producedAt, key.keyId()));
        return new ExportManifest(file, sha256, chainHeadsHash, producedAt, key.keyId(), signature);
    }
}
