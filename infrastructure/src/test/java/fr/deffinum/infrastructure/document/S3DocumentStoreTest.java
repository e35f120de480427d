package fr.deffinum.infrastructure.document;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.application.document.DocumentStore;
import fr.deffinum.application.document.Sha256;
import fr.deffinum.application.integrity.DocumentCheck;
import fr.deffinum.application.integrity.DocumentMismatch;
import fr.deffinum.application.integrity.DocumentProblem;
import fr.deffinum.application.integrity.NamedDocument;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The S3 store against a real S3 server ({@link S3TestServer}), made by {@link DocumentStoreConfiguration}
 * from the {@code deffinum.documents.*} settings as the application makes it: an endpoint of its own,
 * path-style, static keys, a region and a prefix. What it kept is looked at over S3 by another client.
 */
class S3DocumentStoreTest {

    private static final String BUCKET = "store-test";
    private static final String PREFIX = "pieces/";
    private static final byte[] CONVENTION = "Convention de financement n° 2023-001".getBytes(UTF_8);
    private static final byte[] RIB = "RIB du porteur".getBytes(UTF_8);

    private static String endpoint;

    /** The configuration and its settings, with no database: the S3 store uses none. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DocumentStoreProperties.class)
    @Import(DocumentStoreConfiguration.class)
    static class Settings {
        @Bean
        JdbcTemplate jdbc() {
            return new JdbcTemplate(new SimpleDriverDataSource());
        }
    }

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @BeforeAll
    static void aBucket() {
        endpoint = S3TestServer.withBucket(BUCKET).toString();
    }

    private void withTheS3Store(Consumer<DocumentStore> test) {
        application.withPropertyValues("deffinum.documents.store=s3",
                        "deffinum.documents.s3.endpoint=" + endpoint,
                        "deffinum.documents.s3.region=" + S3TestServer.REGION,
                        "deffinum.documents.s3.bucket=" + BUCKET,
                        "deffinum.documents.s3.prefix=" + PREFIX,
                        "deffinum.documents.s3.access-key=" + S3TestServer.ACCESS_KEY,
                        "deffinum.documents.s3.secret-key=" + S3TestServer.SECRET_KEY,
                        "deffinum.documents.s3.path-style=true")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    DocumentStore store = context.getBean(DocumentStore.class);
                    assertThat(store).isInstanceOf(S3DocumentStore.class);
                    S3TestServer.keys(BUCKET).forEach(key ->
                            S3TestServer.client().deleteObject(request -> request.bucket(BUCKET).key(key)));
                    test.accept(store);
                });
    }

    @Test
    void bytes_put_are_opened_as_they_were() {
        withTheS3Store(store -> {
            store.put(Sha256.hex(CONVENTION), CONVENTION);

            assertThat(store.open(Sha256.hex(CONVENTION))).hasValueSatisfying(
                    content -> assertThat(content).isEqualTo(CONVENTION));
        });
    }

    @Test
    void each_object_is_named_by_the_prefix_and_the_hash() {
        withTheS3Store(store -> {
            store.put(Sha256.hex(CONVENTION), CONVENTION);
            store.put(Sha256.hex(RIB), RIB);

            assertThat(S3TestServer.keys(BUCKET))
                    .containsExactlyInAnyOrder(PREFIX + Sha256.hex(CONVENTION), PREFIX + Sha256.hex(RIB));
            assertThat(S3TestServer.client().getObjectAsBytes(request -> request.bucket(BUCKET)
                    .key(PREFIX + Sha256.hex(RIB))).asByteArray()).isEqualTo(RIB);
        });
    }

    @Test
    void the_same_bytes_put_twice_are_one_object_written_once() {
        withTheS3Store(store -> {
            String hash = Sha256.hex(CONVENTION);
            store.put(hash, CONVENTION);
            String etag = S3TestServer.client().headObject(request -> request.bucket(BUCKET).key(PREFIX + hash)).eTag();

            store.put(hash, CONVENTION);

            assertThat(S3TestServer.keys(BUCKET)).containsExactly(PREFIX + hash);
            assertThat(S3TestServer.client().headObject(request -> request.bucket(BUCKET).key(PREFIX + hash)).eTag())
                    .isEqualTo(etag);
            assertThat(store.open(hash)).hasValueSatisfying(content -> assertThat(content).isEqualTo(CONVENTION));
        });
    }

    @Test
    void a_hash_never_put_opens_nothing() {
        withTheS3Store(store -> assertThat(store.open(Sha256.hex(RIB))).isEmpty());
    }

    @Test
    void the_document_check_finds_an_object_overwritten_in_the_bucket_altered_and_a_deleted_one_missing() {
        withTheS3Store(store -> {
            store.put(Sha256.hex(CONVENTION), CONVENTION);
            store.put(Sha256.hex(RIB), RIB);
            S3TestServer.client().putObject(request -> request.bucket(BUCKET).key(PREFIX + Sha256.hex(CONVENTION)),
                    RequestBody.fromString("Convention de financement n° 2023-002", UTF_8));
            DocumentCheck check = new DocumentCheck(store);

            check.accept(new NamedDocument("d-convention", "MARITIMUS", Sha256.hex(CONVENTION)));
            check.accept(new NamedDocument("d-rib", "MARITIMUS", Sha256.hex(RIB)));
            check.accept(new NamedDocument("d-never-kept", "MARITIMUS", Sha256.hex("absent".getBytes(UTF_8))));

            assertThat(check.checked()).isEqualTo(3);
            assertThat(check.mismatches()).containsExactly(
                    new DocumentMismatch("d-convention", "MARITIMUS", Sha256.hex(CONVENTION), DocumentProblem.ALTERED),
                    new DocumentMismatch("d-never-kept", "MARITIMUS", Sha256.hex("absent".getBytes(UTF_8)),
                            DocumentProblem.MISSING));
        });
    }

    @Test
    void the_s3_store_without_a_bucket_refuses_to_start() {
        application.withPropertyValues("deffinum.documents.store=s3", "deffinum.documents.s3.endpoint=" + endpoint)
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasRootCauseMessage("deffinum.documents.store is s3: set deffinum.documents.s3.bucket"));
    }
}
