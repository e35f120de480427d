package fr.deffinum.application.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignedHeadsCheckTest {

    private static final Instant SIGNED_AT = Instant.parse("2026-12-03T02:00:00Z");

    @Test
    void events_appended_since_the_signature_leave_the_signed_heads_in_place() throws GeneralSecurityException {
        SigningKey key = SigningKey.generate();
        List<StoredEvent> chain = chain("laureate-1", "100", "200");
        HeadsSignature signature = HeadsSignature.of(headsOf(chain), SIGNED_AT, key);
        List<StoredEvent> grown = chain("laureate-1", "100", "200", "300");

        SignatureVerdict verdict = check(signature, grown, key);

        assertThat(verdict.signatureValid()).isTrue();
        assertThat(verdict.storeMatches()).isTrue();
        assertThat(verdict.headsChecked()).isEqualTo(1);
    }

    @Test
    void a_chain_rewritten_with_every_hash_recomputed_is_named_at_its_signed_sequence() throws GeneralSecurityException {
        SigningKey key = SigningKey.generate();
        HeadsSignature signature = HeadsSignature.of(headsOf(chain("laureate-1", "100", "200")), SIGNED_AT, key);
        List<StoredEvent> rewritten = chain("laureate-1", "101", "200");

        SignatureVerdict verdict = check(signature, rewritten, key);

        assertThat(verdict.storeMatches()).isFalse();
        assertThat(verdict.mismatches()).singleElement().satisfies(mismatch -> {
            assertThat(mismatch.aggregate()).isEqualTo("laureate-1");
            assertThat(mismatch.sequence()).isEqualTo(1);
            assertThat(mismatch.currentHash()).isEqualTo(rewritten.get(1).hash()).isNotEqualTo(mismatch.signedHash());
        });
    }

    @Test
    void a_signed_head_whose_event_is_gone_is_named_without_a_current_hash() throws GeneralSecurityException {
        SigningKey key = SigningKey.generate();
        HeadsSignature signature = HeadsSignature.of(headsOf(chain("laureate-1", "100", "200")), SIGNED_AT, key);

        SignatureVerdict verdict = check(signature, chain("laureate-1", "100"), key);

        assertThat(verdict.mismatches()).singleElement().satisfies(mismatch -> assertThat(mismatch.currentHash()).isNull());
    }

    private static SignatureVerdict check(HeadsSignature signature, List<StoredEvent> events, SigningKey key) {
        SignedHeadsCheck check = new SignedHeadsCheck(signature, null);
        events.forEach(check::accept);
        return check.result(new Signing(Optional.of(key)));
    }

    private static ChainHeadSet headsOf(List<StoredEvent> chain) {
        StoredEvent last = chain.get(chain.size() - 1);
        return new ChainHeadSet(List.of(new ChainHead(last.content().aggregateIdentifier(), last.content().sequence(),
                last.hash())));
    }

    /** A laureate's events, one per amount, each correctly chained to the one before. */
    private static List<StoredEvent> chain(String laureate, String... amounts) {
        List<StoredEvent> events = new ArrayList<>();
        String previous = EventHash.GENESIS;
        for (int sequence = 0; sequence < amounts.length; sequence++) {
            EventContent content = new EventContent("e-" + sequence, laureate, sequence, "Laureate", "PaymentMade", null,
                    "2026-12-01T10:00:00Z", "{\"amount\":\"" + amounts[sequence] + "\"}", "{}");
            String hash = EventHash.of(content, previous);
            events.add(new StoredEvent(sequence + 1, content, hash, previous));
            previous = hash;
        }
        return events;
    }
}
