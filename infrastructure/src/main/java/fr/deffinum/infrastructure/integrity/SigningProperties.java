package fr.deffinum.infrastructure.integrity;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that signs the chain heads and the export manifests.
 *
 * @param keyFile its PEM file (read, or generated there if absent); unset, the embedded default run
 *                uses signing-key.pem in the data directory, a run on an external database signs nothing
 */
@ConfigurationProperties("deffinum.signing")
public record SigningProperties(Path keyFile) {
}
