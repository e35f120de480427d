package fr.deffinum.infrastructure.document;

import fr.deffinum.application.document.DocumentStore;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Documents' bytes as objects of an S3-compatible store, one per hash under {@code prefix}. A put
 * comes after the laureate accepted the event and before it is committed: an object whose event
 * then fails to commit stays, named by no event, harmless, and is found again by the same bytes.
 */
class S3DocumentStore implements DocumentStore {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3DocumentStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    @Override
    public void put(String sha256, byte[] content) {
        if (open(sha256).isEmpty()) {
            s3.putObject(request -> request.bucket(bucket).key(prefix + sha256), RequestBody.fromBytes(content));
        }
    }

    @Override
    public Optional<byte[]> open(String sha256) {
        try {
            return Optional.of(s3.getObjectAsBytes(request -> request.bucket(bucket).key(prefix + sha256))
                    .asByteArray());
        } catch (NoSuchKeyException absent) {
            return Optional.empty();
        }
    }
}
