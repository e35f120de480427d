package fr.deffinum.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.infrastructure.axon.EventStoreProperties;
import fr.deffinum.infrastructure.database.EmbeddedDatabaseProperties;
import fr.deffinum.infrastructure.document.DocumentStoreProperties;
import fr.deffinum.infrastructure.integrity.SigningProperties;
import fr.deffinum.infrastructure.projection.ProjectionProperties;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The infrastructure's settings: their defaults with nothing configured, and their keys. */
class InfrastructurePropertiesTest {

    private static final Binder NOTHING = new Binder(new MapConfigurationPropertySource());

    @Test
    void defaults() {
        EventStoreProperties store = NOTHING.bindOrCreate("deffinum", EventStoreProperties.class);
        assertThat(store.snapshotThreshold()).isEqualTo(50);
        assertThat(store.eventStore().readBatchSize()).isEqualTo(1000);
        assertThat(store.eventChain().cachedLaureates()).isEqualTo(10000);
        ProjectionProperties projections = NOTHING.bindOrCreate("deffinum", ProjectionProperties.class);
        assertThat(projections.projections().replayBatchSize()).isEqualTo(10000);
        assertThat(projections.revisionCheck()).isEqualTo(Duration.ofMillis(20));
        assertThat(projections.balancePeriod()).isEqualTo(Duration.ofSeconds(2));
        assertThat(NOTHING.bindOrCreate("deffinum", EmbeddedDatabaseProperties.class).dataDir())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".deffinum"));
        assertThat(NOTHING.bindOrCreate("deffinum.documents", DocumentStoreProperties.class)).isEqualTo(
                new DocumentStoreProperties(DocumentStoreProperties.Store.DATABASE, new DocumentStoreProperties.S3(
                        null, "us-east-1", null, "documents/", null, null, true)));
        assertThat(NOTHING.bindOrCreate("deffinum.signing", SigningProperties.class))
                .isEqualTo(new SigningProperties(null, "0 0 2 * * *"));
    }

    @Test
    void the_signing_keys() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "deffinum.signing.key-file", "/etc/deffinum/signing-key.pem", "deffinum.signing.cron", "0 30 * * * *")));

        assertThat(binder.bindOrCreate("deffinum.signing", SigningProperties.class))
                .isEqualTo(new SigningProperties(Path.of("/etc/deffinum/signing-key.pem"), "0 30 * * * *"));
    }

    @Test
    void keys() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "deffinum.snapshot-threshold", "3", "deffinum.event-store.read-batch-size", "100",
                "deffinum.event-chain.cached-laureates", "0", "deffinum.projections.replay-batch-size", "7",
                "deffinum.revision-check", "PT1S", "deffinum.balance-period", "PT0.5S",
                "deffinum.data-dir", "/var/lib/deffinum")));

        EventStoreProperties store = binder.bindOrCreate("deffinum", EventStoreProperties.class);
        assertThat(store.snapshotThreshold()).isEqualTo(3);
        assertThat(store.eventStore().readBatchSize()).isEqualTo(100);
        assertThat(store.eventChain().cachedLaureates()).isZero();
        ProjectionProperties projections = binder.bindOrCreate("deffinum", ProjectionProperties.class);
        assertThat(projections.projections().replayBatchSize()).isEqualTo(7);
        assertThat(projections.revisionCheck()).isEqualTo(Duration.ofSeconds(1));
        assertThat(projections.balancePeriod()).isEqualTo(Duration.ofMillis(500));
        assertThat(binder.bindOrCreate("deffinum", EmbeddedDatabaseProperties.class).dataDir())
                .isEqualTo(Path.of("/var/lib/deffinum"));
    }

    @Test
    void the_document_store_keys() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "deffinum.documents.store", "s3", "deffinum.documents.s3.endpoint", "https://s3.example.org",
                "deffinum.documents.s3.region", "fr-par", "deffinum.documents.s3.bucket", "pieces",
                "deffinum.documents.s3.prefix", "", "deffinum.documents.s3.access-key", "key",
                "deffinum.documents.s3.secret-key", "secret", "deffinum.documents.s3.path-style", "false")));

        assertThat(binder.bindOrCreate("deffinum.documents", DocumentStoreProperties.class)).isEqualTo(
                new DocumentStoreProperties(DocumentStoreProperties.Store.S3, new DocumentStoreProperties.S3(
                        URI.create("https://s3.example.org"), "fr-par", "pieces", "", "key", "secret", false)));
    }

    @Test
    void the_data_directory_from_the_environment() {
        Binder environment = new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("DEFFINUM_DATA_DIR", "/srv/deffinum"))));

        assertThat(environment.bindOrCreate("deffinum", EmbeddedDatabaseProperties.class).dataDir())
                .isEqualTo(Path.of("/srv/deffinum"));
    }
}
