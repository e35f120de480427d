package fr.deffinum.infrastructure.document;

import java.net.URI;
import java.util.List;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A real S3 server for the tests, in their JVM: s3proxy over an in-memory jclouds blobstore, on a
 * free loopback port, checking AWS signatures against the keys below. Started once per test JVM,
 * stopped when it exits. Each test class makes a bucket of its own; {@link #client()} looks into it
 * over S3 as any other client would, without the store under test. The server takes any region.
 */
final class S3TestServer {

    static final String ACCESS_KEY = "deffinum-test";
    static final String SECRET_KEY = "deffinum-test-secret";
    static final String REGION = "eu-west-3";

    private static S3Proxy proxy;
    private static BlobStoreContext blobs;
    private static URI endpoint;
    private static S3Client client;

    private S3TestServer() {
    }

    static synchronized URI endpoint() {
        if (proxy == null) {
            blobs = ContextBuilder.newBuilder("transient").credentials(ACCESS_KEY, SECRET_KEY)
                    .build(BlobStoreContext.class);
            proxy = S3Proxy.builder().blobStore(blobs.getBlobStore())
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .build();
            try {
                proxy.start();
                while (!"STARTED".equals(proxy.getState())) {
                    Thread.sleep(10);
                }
            } catch (Exception e) {
                throw new IllegalStateException("Cannot start the S3 server of the tests", e);
            }
            endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
            Runtime.getRuntime().addShutdownHook(new Thread(S3TestServer::stop));
        }
        return endpoint;
    }

    /** Makes {@code bucket}, empty, on the server's side, as its operator would, and gives the server's address. */
    static URI withBucket(String bucket) {
        URI address = endpoint();
        blobs.getBlobStore().createContainerInLocation(null, bucket);
        return address;
    }

    /** An S3 client of the server of its own, path-style, with the server's keys and no x-amz-checksum-* header. */
    static synchronized S3Client client() {
        if (client == null) {
            client = S3Client.builder()
                    .httpClient(UrlConnectionHttpClient.create())
                    .region(Region.of(REGION))
                    .forcePathStyle(true)
                    .endpointOverride(endpoint())
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                    .credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                    .build();
        }
        return client;
    }

    /** The names of every object in {@code bucket}. */
    static List<String> keys(String bucket) {
        return client().listObjectsV2Paginator(request -> request.bucket(bucket)).contents().stream()
                .map(S3Object::key).toList();
    }

    private static synchronized void stop() {
        try {
            if (client != null) {
                client.close();
            }
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            blobs.close();
        }
    }
}
