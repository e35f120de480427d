package fr.deffinum.infrastructure.document;

import fr.deffinum.application.document.DocumentStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Documents' bytes as objects of an S3-compatible store, one per hash under {@code prefix}. A put
 * comes after the laureate accepted the event and before it is committed: an object whose event
 * then fails to commit stays, named by no event, harmless, and is found again by the same bytes.
 * Each put carries the bytes' Content-MD5, which S3 and the S3-compatible stores check: bytes damaged on
 * the way are refused, and so is the event that would have named them.
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
            s3.putObject(request -> request.bucket(bucket).key(prefix + sha256).contentMD5(md5(content)),
                    RequestBody.fromBytes(content));
        }
    }

    /** What the store checks the bytes it receives against, refusing them if damaged on the way. */
    private static String md5(byte[] content) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides MD5", e);
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
