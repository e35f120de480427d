package fr.deffinum.infrastructure.integrity;

import fr.deffinum.application.integrity.Signing;
import fr.deffinum.infrastructure.database.EmbeddedDatabaseProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The run's signing key, never in the database: the configured key file; else, on the embedded
 * default run, {@value #EMBEDDED_KEY_FILE} in the data directory, beside (not inside) the database's
 * files; else none, said at start, since a key made up on a server the database's owner may
 * administer would promise more than it keeps.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SigningProperties.class)
class SigningConfiguration {

    static final String EMBEDDED_KEY_FILE = "signing-key.pem";

    private static final Logger log = LoggerFactory.getLogger(SigningConfiguration.class);

    @Bean
    Signing signing(SigningProperties properties, EmbeddedDatabaseProperties data, Environment environment)
            throws IOException, GeneralSecurityException {
        boolean embedded = environment.getProperty("spring.datasource.url", "").isEmpty();
        Path file = properties.keyFile() != null ? properties.keyFile()
                : embedded ? data.dataDir().resolve(EMBEDDED_KEY_FILE) : null;
        if (file == null) {
            log.warn("Signing is OFF: no deffinum.signing.key-file on this external database; the chain heads and"
                    + " the exports are not signed and a rewritten chain cannot be told from the original");
            return new Signing(Optional.empty());
        }
        return new Signing(Optional.of(SigningKeyFile.readOrCreate(file)));
    }
}
