package fr.deffinum.application.integrity;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.application.document.DocumentStore;
import fr.deffinum.application.document.Sha256;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each named document is in the store with its hash, or reported missing or altered, by id and laureate. */
class DocumentCheckTest {

    private static final byte[] CONVENTION = "convention".getBytes(UTF_8);
    private static final byte[] RIB = "rib".getBytes(UTF_8);
    private static final byte[] ARRETE = "arrêté".getBytes(UTF_8);

    /** Bytes kept by hash in memory, counting the reads. */
    private static final class Kept implements DocumentStore {
        private final Map<String, byte[]> bytes = new HashMap<>();
        private int reads;

        @Override
        public void put(String sha256, byte[] content) {
            bytes.putIfAbsent(sha256, content);
        }

        @Override
        public Optional<byte[]> open(String sha256) {
            reads++;
            return Optional.ofNullable(bytes.get(sha256));
        }
    }

    @Test
    void intact_documents_are_counted_and_bytes_named_twice_are_read_once() {
        Kept store = new Kept();
        store.put(Sha256.hex(CONVENTION), CONVENTION);
        DocumentCheck check = new DocumentCheck(store);

        check.accept(new NamedDocument("d1", "a", Sha256.hex(CONVENTION)));
        check.accept(new NamedDocument("d2", "b", Sha256.hex(CONVENTION)));

        assertThat(check.checked()).isEqualTo(2);
        assertThat(check.mismatches()).isEmpty();
        assertThat(store.reads).isEqualTo(1);
    }

    @Test
    void missing_and_altered_bytes_are_named_with_their_document_and_laureate() {
        Kept store = new Kept();
        store.put(Sha256.hex(RIB), ARRETE);
        DocumentCheck check = new DocumentCheck(store);

        check.accept(new NamedDocument("d1", "a", Sha256.hex(RIB)));
        check.accept(new NamedDocument("d2", "b", Sha256.hex(CONVENTION)));

        assertThat(check.mismatches()).containsExactly(
                new DocumentMismatch("d1", "a", Sha256.hex(RIB), DocumentProblem.ALTERED),
                new DocumentMismatch("d2", "b", Sha256.hex(CONVENTION), DocumentProblem.MISSING));
    }
}
