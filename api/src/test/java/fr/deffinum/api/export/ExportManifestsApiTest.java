package fr.deffinum.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.deffinum.api.Http;
import fr.deffinum.api.SignedApiTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Each export comes with a manifest signed by the run's key, checked here as anyone would with the
 * public key and the JDK alone: the signature covers the documented fields, the SHA-256 is that of
 * the bytes served, and one byte changed anywhere is caught.
 */
class ExportManifestsApiTest extends SignedApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"laureates.csv", "360giving.json", "scdl.csv", "laureates.csv?programme=CMA"})
    void a_file_s_manifest_is_signed_and_names_the_sha256_of_the_very_bytes_served(String file) throws Exception {
        Http.Bytes served = http.getBytes("/api/exports/" + file, "auditor");
        JsonNode carried = JSON.readTree(served.header(ExportController.MANIFEST));
        String path = file.replaceFirst("^([^?]+)", "$1.manifest.json");
        JsonNode manifest = http.get("/api/exports/" + path, "auditor").json();
        System.out.println("Manifest of " + file + ": " + manifest);

        assertThat(manifest.get("file").asText()).isEqualTo(file);
        assertThat(manifest.get("sha256").asText()).isEqualTo(sha256(served.body()))
                .isEqualTo(carried.get("sha256").asText());
        assertThat(manifest.get("chainHeadsHash").asText())
                .isEqualTo(http.get("/api/audit/signatures?limit=1", "auditor").json().at("/0/headsHash").asText());
        PublicKey key = publicKey();
        assertThat(verifies(key, manifest)).isTrue();
        assertThat(verifies(key, carried)).isTrue();

        byte[] altered = served.body().clone();
        altered[altered.length / 2] ^= 1;
        assertThat(sha256(altered)).isNotEqualTo(manifest.get("sha256").asText());
        byte[] payload = payload(manifest);
        payload[payload.length - 2] ^= 1;
        assertThat(verifies(key, payload, manifest.get("signature").asText())).isFalse();
    }

    @Test
    void an_unknown_file_has_no_manifest_and_the_endpoint_is_in_the_openapi_contract() {
        Http.Answer unknown = http.get("/api/exports/secrets.csv.manifest.json", "auditor");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(http.get("/v3/api-docs", null).json().get("paths").has("/api/exports/{file}.manifest.json")).isTrue();
    }

    /** The documented canonical bytes: six lines, each ended by a line feed. */
    private static byte[] payload(JsonNode manifest) {
        return ("deffinum-export-manifest-v1\nfile=" + manifest.get("file").asText() + "\nsha256="
                + manifest.get("sha256").asText() + "\nchainHeadsHash=" + manifest.get("chainHeadsHash").asText()
                + "\nproducedAt=" + manifest.get("producedAt").asText() + "\nkeyId=" + manifest.get("keyId").asText()
                + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static boolean verifies(PublicKey key, JsonNode manifest) throws Exception {
        return verifies(key, payload(manifest), manifest.get("signature").asText());
    }

    private static boolean verifies(PublicKey key, byte[] payload, String signature) throws Exception {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(payload);
        return verifier.verify(Base64.getDecoder().decode(signature));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
