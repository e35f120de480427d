package fr.deffinum.infrastructure.integrity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The last committed (sequence, hash) of the laureates recently written by this instance, so that a
 * command's append usually finds its predecessor's hash without asking the store. Only committed
 * events enter it, and an entry is used only for the exact sequence it holds: another instance's
 * later append makes it a miss (one query), never a wrong link. Least recently used entries leave first.
 */
public final class ChainHeads {

    record Head(long sequence, String hash) {
    }

    private final Map<String, Head> heads;

    public ChainHeads(int capacity) {
        this.heads = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<String> hashOf(String laureate, long sequence) {
        Head head = heads.get(laureate);
        return head != null && head.sequence() == sequence ? Optional.of(head.hash()) : Optional.empty();
    }

    /** Remembers the heads of a batch once its transaction commits; a batch outside a transaction is not remembered. */
    void rememberOnCommit(Map<String, Head> batch) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    remember(batch);
                }
            });
        }
    }

    private synchronized void remember(Map<String, Head> batch) {
        batch.forEach((laureate, head) -> heads.merge(laureate, head,
                (known, next) -> next.sequence() > known.sequence() ? next : known));
    }
}
