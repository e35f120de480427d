package fr.deffinum.infrastructure.document;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where documents' bytes are kept ({@link DocumentStoreConfiguration}).
 *
 * @param store {@code database} (a table of the application's PostgreSQL) or {@code s3}
 * @param s3    the object store, with {@code store: s3}
 */
@ConfigurationProperties("deffinum.documents")
public record DocumentStoreProperties(@DefaultValue("database") Store store, @DefaultValue S3 s3) {

    public enum Store { DATABASE, S3 }

    /**
     * @param endpoint  the store's URL; none for Amazon S3 itself
     * @param region    the region the bucket is in
     * @param bucket    the bucket the documents are kept in
     * @param prefix    put before each object's name, the document's hash
     * @param accessKey the access key id; none for the SDK's own lookup (environment, profile, instance role)
     * @param secretKey the secret access key, with {@code accessKey}
     * @param pathStyle bucket in the path rather than in the host name, as most S3-compatible stores need
     */
    public record S3(URI endpoint, @DefaultValue("us-east-1") String region, String bucket,
                     @DefaultValue("documents/") String prefix, String accessKey, String secretKey,
                     @DefaultValue("true") boolean pathStyle) {
    }
}
