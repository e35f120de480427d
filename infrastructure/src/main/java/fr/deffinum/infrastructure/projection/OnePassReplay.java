package fr.deffinum.infrastructure.projection;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds projections by reading the event store once, in global-index order, and folding each
 * batch of events into each projection with its own handlers, a thread per projection, in one
 * transaction per projection that also moves all its segments' tokens past the batch; the next batch
 * is read meanwhile. A tracking processor per segment would read, deserialize and skip the whole
 * store once per segment and projection. Interrupted, each processor goes on from its last batch
 * committed.
 */
final class OnePassReplay {

    private static final Logger log = LoggerFactory.getLogger(OnePassReplay.class);

    private final EventStorageEngine storage;
    private final TokenStore tokens;
    private final TransactionManager transactions;
    private final int batchSize;

    OnePassReplay(EventStorageEngine storage, TokenStore tokens, TransactionManager transactions, int batchSize) {
        this.storage = storage;
        this.tokens = tokens;
        this.transactions = transactions;
        this.batchSize = batchSize;
    }

    /** Empties the processors' projections, replays every stored event into them, restarts them; the number of events. */
    synchronized long replay(List<StreamingEventProcessor> processors) {
        CompletableFuture.allOf(processors.stream().map(StreamingEventProcessor::shutdownAsync)
                .toArray(CompletableFuture[]::new)).join();
        try {
            // Runs their reset handlers and claims all their segments for this instance.
            processors.forEach(StreamingEventProcessor::resetTokens);
            return foldAll(processors);
        } finally {
            processors.forEach(StreamingEventProcessor::start);
        }
    }

    private long foldAll(List<StreamingEventProcessor> processors) {
        ExecutorService folders = Executors.newFixedThreadPool(processors.size(), runnable -> {
            Thread thread = new Thread(runnable, "projection-replay");
            thread.setDaemon(true);
            return thread;
        });
        long folded = 0;
        long reported = System.nanoTime();
        try (Stream<? extends TrackedEventMessage<?>> stream = storage.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> events = stream.iterator();
            CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);
            while (events.hasNext()) {
                List<TrackedEventMessage<?>> batch = nextBatch(events);
                previous.join();
                previous = CompletableFuture.allOf(processors.stream()
                        .map(processor -> CompletableFuture.runAsync(() -> fold(processor, batch), folders))
                        .toArray(CompletableFuture[]::new));
                folded += batch.size();
                if (System.nanoTime() - reported > 5_000_000_000L) {
                    log.info("Replay: {} events read", folded);
                    reported = System.nanoTime();
                }
            }
            previous.join();
        } finally {
            folders.shutdownNow();
        }
        return folded;
    }

    /** The next events, deserialized here so that the folding threads share them read-only. */
    private List<TrackedEventMessage<?>> nextBatch(Iterator<? extends TrackedEventMessage<?>> events) {
        List<TrackedEventMessage<?>> batch = new ArrayList<>(batchSize);
        while (batch.size() < batchSize && events.hasNext()) {
            TrackedEventMessage<?> event = events.next();
            event.getPayload();
            event.getMetaData();
            batch.add(event);
        }
        return batch;
    }

    private void fold(StreamingEventProcessor processor, List<TrackedEventMessage<?>> batch) {
        TrackingToken last = batch.get(batch.size() - 1).trackingToken();
        BatchingUnitOfWork<TrackedEventMessage<?>> unit = new BatchingUnitOfWork<>(batch);
        unit.attachTransaction(transactions);
        unit.resources().put(ReplayCopy.RESOURCE, true);
        unit.onPrepareCommit(committing -> storeTokens(processor, last));
        var result = unit.executeWithResult(() -> {
            ((AbstractEventProcessor) processor).eventHandlerInvoker().handle(unit.getMessage(), Segment.ROOT_SEGMENT);
            return null;
        });
        if (result.isExceptional()) {
            throw new IllegalStateException("Replay of " + processor.getName() + " stopped at the batch ending at "
                    + last, result.exceptionResult());
        }
    }

    private void storeTokens(StreamingEventProcessor processor, TrackingToken position) {
        for (int segment : tokens.fetchSegments(processor.getName())) {
            tokens.storeToken(position, processor.getName(), segment);
        }
    }
}
