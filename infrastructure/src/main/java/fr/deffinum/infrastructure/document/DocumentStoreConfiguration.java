package fr.deffinum.infrastructure.document;

import fr.deffinum.application.document.DocumentStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The document store {@code deffinum.documents.store} names. */
@Configuration(proxyBeanMethods = false)
class DocumentStoreConfiguration {

    @Bean
    DocumentStore documentStore(DocumentStoreProperties properties, JdbcTemplate jdbc) {
        if (properties.store() == DocumentStoreProperties.Store.DATABASE) {
            return new DatabaseDocumentStore(jdbc);
        }
        DocumentStoreProperties.S3 s3 = properties.s3();
        if (s3.bucket() == null || s3.bucket().isBlank()) {
            throw new IllegalStateException("deffinum.documents.store is s3: set deffinum.documents.s3.bucket");
        }
        return new S3DocumentStore(client(s3), s3.bucket(), s3.prefix());
    }

    private static S3Client client(DocumentStoreProperties.S3 s3) {
        S3ClientBuilder client = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(s3.region()))
                .forcePathStyle(s3.pathStyle())
                .credentialsProvider(s3.accessKey() == null ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
        if (s3.endpoint() != null) {
            // S3-compatible stores may refuse the x-amz-checksum-* headers the SDK sends by default (s3proxy
            // answers 501): checksums only where S3 requires them; each put carries its Content-MD5 instead
            client.endpointOverride(s3.endpoint())
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        }
        return client.build();
    }
}
