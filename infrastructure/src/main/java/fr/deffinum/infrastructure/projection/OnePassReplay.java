package fr.deffinum.infrastructure.projection;

import fr.deffinum.infrastructure.projection.ReplayableReadModel.Source;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds projections by reading the event store once, in global-index order, and folding each
 * batch of events into each projection's read model ({@link ReplayableReadModel#fold}, what its live
 * handler calls too), a thread per projection, in one transaction per projection that also moves all
 * its segments' tokens past the batch; the next batch is read meanwhile. A tracking processor per
 * segment would read, deserialize and skip the whole store once per segment and projection.
 * Interrupted, each processor goes on from its last batch committed.
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

    /** A projection to rebuild: its processor, stopped meanwhile, and the read model it feeds. */
    record Rebuilt(StreamingEventProcessor processor, ReplayableReadModel readModel) {
    }

    /** Empties the projections' read models, replays every stored event into them, restarts them; the number of events. */
    synchronized long replay(List<Rebuilt> projections) {
        CompletableFuture.allOf(projections.stream().map(projection -> projection.processor().shutdownAsync())
                .toArray(CompletableFuture[]::new)).join();
        try {
            // Claims all their segments for this instance, tokens back at the start, before the tables are
            // emptied: interrupted in between, the processors fold everything again into the rows they hold.
            projections.forEach(projection -> projection.processor().resetTokens());
            projections.forEach(projection -> projection.readModel().reset());
            return foldAll(projections);
        } finally {
            projections.forEach(projection -> projection.processor().start());
        }
    }

    private long foldAll(List<Rebuilt> projections) {
        ExecutorService folders = Executors.newFixedThreadPool(projections.size(), runnable -> {
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
                previous = CompletableFuture.allOf(projections.stream()
                        .map(projection -> CompletableFuture.runAsync(() -> fold(projection, batch), folders))
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

    private void fold(Rebuilt projection, List<TrackedEventMessage<?>> batch) {
        String name = projection.processor().getName();
        TrackingToken last = batch.get(batch.size() - 1).trackingToken();
        try {
            transactions.executeInTransaction(() -> {
                projection.readModel().fold(batch, Source.REPLAY);
                storeTokens(name, last);
            });
        } catch (RuntimeException e) {
            throw new IllegalStateException("Replay of " + name + " stopped at the batch ending at " + last, e);
        }
    }

    private void storeTokens(String processor, TrackingToken position) {
        for (int segment : tokens.fetchSegments(processor)) {
            tokens.storeToken(position, processor, segment);
        }
    }
}
