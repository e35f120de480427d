package fr.deffinum.application.integrity;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigningKeyTest {

    private static final ChainHeadSet HEADS = new ChainHeadSet(List.of(new ChainHead("laureate-1", 2, "c".repeat(64))));
    private static final Instant SIGNED_AT = Instant.parse("2026-12-03T02:00:00Z");

    @Test
    void a_key_written_as_pem_reads_back_as_the_same_key() throws GeneralSecurityException {
        SigningKey key = SigningKey.generate();
        String pem = Pem.of(key);

        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n").contains("-----BEGIN PUBLIC KEY-----\n");
        SigningKey read = Pem.read(pem);
        assertThat(read.keyId()).isEqualTo(key.keyId()).hasSize(64);
        assertThat(read.verifies("x".getBytes(UTF_8), key.sign("x".getBytes(UTF_8)))).isTrue();
    }

    @Test
    void a_pem_whose_public_key_is_another_key_s_is_refused() throws GeneralSecurityException {
        String mixed = Pem.of(SigningKey.generate()).replaceAll("(?s)-----BEGIN PUBLIC KEY.*", "")
                + Pem.publicKey(SigningKey.generate());

        assertThatThrownBy(() -> Pem.read(mixed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_signed_payload_of_the_heads_is_four_documented_lines() throws GeneralSecurityException {
        SigningKey key = SigningKey.generate();
        HeadsSignature signature = HeadsSignature.of(HEADS, SIGNED_AT, key);

        assertThat(new String(signature.payload(), UTF_8)).isEqualTo("deffinum-chain-heads-v1\nsignedAt=2026-12-03T02:00:00Z\n"
                + "headsHash=" + HEADS.sha256() + "\nkeyId=" + key.keyId() + "\n");
        assertThat(signature.heads()).isEqualTo(HEADS.canonical());
        assertThat(signature.validFor(key)).isTrue();
    }

    @Test
    void a_signature_over_other_heads_another_hash_or_by_another_key_is_not_valid() throws GeneralSecurityException {
        SigningKey key = SigningKey.generate();
        HeadsSignature signature = HeadsSignature.of(HEADS, SIGNED_AT, key);

        HeadsSignature otherHeads = new HeadsSignature(SIGNED_AT, signature.headsHash(),
                signature.heads().replace(":2:", ":1:"), signature.signature(), signature.keyId());
        HeadsSignature otherDate = new HeadsSignature(SIGNED_AT.plusSeconds(1), signature.headsHash(), signature.heads(),
                signature.signature(), signature.keyId());
        assertThat(otherHeads.validFor(key)).isFalse();
        assertThat(otherDate.validFor(key)).isFalse();
        assertThat(signature.validFor(SigningKey.generate())).isFalse();
    }
}
