package fr.deffinum.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An API test of a run that signs: its key file, generated at start in a directory of the test class's own. */
public abstract class SignedApiTest extends ApiTest {

    protected static Path keyFile;

    @DynamicPropertySource
    static void signingKey(DynamicPropertyRegistry registry) {
        try {
            keyFile = Files.createTempDirectory("deffinum-signing").resolve("signing-key.pem");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("deffinum.signing.key-file", keyFile::toString);
    }

    /** The public key as the API serves it, read as anyone would, with the JDK alone. */
    protected PublicKey publicKey() throws Exception {
        String pem = http.get("/api/audit/public-key", null).body();
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    }
}
