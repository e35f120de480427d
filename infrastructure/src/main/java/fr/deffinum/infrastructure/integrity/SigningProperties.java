package fr.deffinum.infrastructure.integrity;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that signs the chain heads and the export manifests, and when the heads are signed.
 *
 * @param keyFile its PEM file (read, or generated there if absent); unset, the embedded default run
 *                uses signing-key.pem in the data directory, a run on an external database signs nothing
 * @param cron    when the chain heads are signed, in Paris time (Spring's six-field cron); 02:00 every day by default
 */
@ConfigurationProperties("deffinum.signing")
public record SigningProperties(Path keyFile, String cron) {

    public SigningProperties {
        cron = cron == null ? "0 0 2 * * *" : cron;
    }
}
