package fr.deffinum.infrastructure.projection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Write-behind for projections: rows changed while an event processor handles a batch stay in
 * memory, keyed, and are written in one bulk statement just before the batch's transaction
 * commits, together with the processor's token. A replay thus costs one write per row and batch,
 * not one per event.
 */
public final class UnitOfWorkBatch {

    private UnitOfWorkBatch() {
    }

    /** The pending rows of the current batch, or null outside a unit of work. */
    public static <K, V> Map<K, V> pending(String name, Consumer<Map<K, V>> flush) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(name, key -> {
            Map<K, V> rows = new LinkedHashMap<>();
            root.onPrepareCommit(unitOfWork -> flush.accept(rows));
            return rows;
        });
    }

    /**
     * Computed once per batch from all its domain events, e.g. the rows the batch will fold into, read
     * in one query instead of one per event; null outside a batch.
     */
    public static <T> T preloaded(String name, Function<List<DomainEventMessage<?>>, T> load) {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> batch)) {
            return null;
        }
        return batch.getOrComputeResource(name, key -> load.apply(batch.getMessages().stream()
                .filter(DomainEventMessage.class::isInstance)
                .<DomainEventMessage<?>>map(message -> (DomainEventMessage<?>) message)
                .toList()));
    }
}
