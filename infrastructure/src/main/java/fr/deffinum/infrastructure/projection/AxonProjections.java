package fr.deffinum.infrastructure.projection;

import fr.deffinum.application.projection.ProjectionStatus;
import fr.deffinum.application.projection.Projections;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The projections are Axon streaming processors; their positions are global indexes of the event store. */
@Component
class AxonProjections implements Projections {

    private static final Logger log = LoggerFactory.getLogger(AxonProjections.class);

    /**
     * How long a rebuild waits for the restarted processors to claim their segments and pass the replay's
     * end (not to be caught up: under a steady stream of writes a segment never reports that).
     */
    private static final Duration RESTART = Duration.ofSeconds(30);

    private final EventProcessingConfiguration processing;
    private final Map<String, ReplayableReadModel> readModels;
    private final EventStore events;
    private final OnePassReplay replay;

    AxonProjections(EventProcessingConfiguration processing, List<ReplayableReadModel> readModels,
                    EventStore events, EventStorageEngine storage,
                    TokenStore tokens, TransactionManager transactions,
                    ProjectionProperties properties) {
        this.readModels = readModels.stream()
                .collect(Collectors.toMap(ReplayableReadModel::processingGroup, Function.identity()));
        this.processing = processing;
        this.events = events;
        this.replay = new OnePassReplay(storage, tokens, transactions, properties.projections().replayBatchSize());
    }

    @Override
    public List<ProjectionStatus> status() {
        long head = head();
        return processors().entrySet().stream()
                .map(entry -> status(entry.getKey(), entry.getValue(), head))
                .toList();
    }

    @Override
    public long rebuild(Set<String> names) {
        Map<String, StreamingEventProcessor> all = processors();
        List<OnePassReplay.Rebuilt> chosen = names.stream().map(name -> {
            StreamingEventProcessor processor = all.get(name);
            ReplayableReadModel readModel = readModels.get(name);
            if (processor == null || readModel == null) {
                throw new IllegalArgumentException("No projection named " + name);
            }
            return new OnePassReplay.Rebuilt(processor, readModel);
        }).toList();
        log.info("Rebuilding projections {} in one pass over the event store", names);
        long started = System.nanoTime();
        long events = replay.replay(chosen);
        long head = head();
        if (!await(() -> chosen.stream().map(OnePassReplay.Rebuilt::processor)
                .allMatch(processor -> status(processor.getName(), processor, head).position() >= head), RESTART)) {
            log.warn("Projections {} rebuilt, but not all back at the head within {}", names, RESTART);
        }
        log.info("Projections {} rebuilt from {} events in {} ms", names, events,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return events;
    }

    @Override
    public boolean awaitCaughtUp(Duration timeout) {
        long head = head();
        return await(() -> processors().entrySet().stream()
                .allMatch(entry -> caughtUp(entry.getKey(), entry.getValue(), head)), timeout);
    }

    private boolean caughtUp(String name, StreamingEventProcessor processor, long head) {
        ProjectionStatus status = status(name, processor, head);
        return status.position() >= head
                && processor.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp);
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        long position = segments.isEmpty() ? -1 : segments.values().stream()
                .map(EventTrackerStatus::getTrackingToken)
                .mapToLong(token -> position(token).orElse(-1))
                .min().orElse(-1);
        boolean replaying = segments.values().stream().anyMatch(EventTrackerStatus::isReplaying);
        return new ProjectionStatus(name, processor.isRunning(), replaying, position, head);
    }

    private Map<String, StreamingEventProcessor> processors() {
        Map<String, StreamingEventProcessor> streaming = new java.util.TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streamingProcessor) {
                streaming.put(name, streamingProcessor);
            }
        });
        return streaming;
    }

    private long head() {
        return position(events.createHeadToken()).orElse(-1);
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }

    private static boolean await(java.util.function.BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        return true;
    }
}
