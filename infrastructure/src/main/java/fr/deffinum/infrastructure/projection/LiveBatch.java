package fr.deffinum.infrastructure.projection;

import fr.deffinum.infrastructure.projection.ReplayableReadModel.Source;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * What a read model's event handler does with its event: keeps it with the others of the processor's
 * batch, all folded into the read model at once just before the batch's transaction commits with the
 * processor's token. A batch thus reads and writes each row once, not once per event. Outside a
 * processor's batch the event is folded at once.
 */
public final class LiveBatch {

    private LiveBatch() {
    }

    public static void add(ReplayableReadModel readModel, TrackedEventMessage<?> event) {
        if (!CurrentUnitOfWork.isStarted()) {
            readModel.fold(List.of(event), Source.PROCESSOR);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        List<TrackedEventMessage<?>> events = batch.getOrComputeResource(
                LiveBatch.class.getName() + "/" + readModel.processingGroup(), key -> {
                    List<TrackedEventMessage<?>> held = new ArrayList<>();
                    batch.onPrepareCommit(unitOfWork -> readModel.fold(held, Source.PROCESSOR));
                    return held;
                });
        events.add(event);
    }
}
