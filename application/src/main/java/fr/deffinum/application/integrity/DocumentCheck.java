package fr.deffinum.application.integrity;

import fr.deffinum.application.document.DocumentStore;
import fr.deffinum.application.document.Sha256;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that each document an event names is in the store with the hash it is named by. Bytes
 * attached several times are read and hashed once; one document's bytes are held at a time.
 */
public final class DocumentCheck {

    private final DocumentStore store;
    private final Map<String, Optional<DocumentProblem>> byHash = new HashMap<>();
    private final List<DocumentMismatch> mismatches = new ArrayList<>();
    private long checked;

    public DocumentCheck(DocumentStore store) {
        this.store = store;
    }

    public void accept(NamedDocument document) {
        byHash.computeIfAbsent(document.sha256(), this::problemOf).ifPresent(problem -> mismatches.add(
                new DocumentMismatch(document.document(), document.laureate(), document.sha256(), problem)));
        checked++;
    }

    public long checked() {
        return checked;
    }

    public List<DocumentMismatch> mismatches() {
        return List.copyOf(mismatches);
    }

    private Optional<DocumentProblem> problemOf(String sha256) {
        Optional<byte[]> content = store.open(sha256);
        if (content.isEmpty()) {
            return Optional.of(DocumentProblem.MISSING);
        }
        return Sha256.hex(content.get()).equals(sha256) ? Optional.empty() : Optional.of(DocumentProblem.ALTERED);
    }
}
