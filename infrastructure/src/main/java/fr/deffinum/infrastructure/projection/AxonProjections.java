package fr.deffinum.infrastructure.projection;

import fr.deffinum.application.projection.ProjectionStatus;
import fr.deffinum.application.projection.Projections;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The projections are Axon streaming processors; their positions are global indexes of the event store. */
@Component
class AxonProjections implements Projections {

    private static final Logger log = LoggerFactory.getLogger(AxonProjections.class);

    private final EventProcessingConfiguration processing;
    private final EventStore events;

    AxonProjections(EventProcessingConfiguration processing, EventStore events) {
        this.processing = processing;
        this.events = events;
    }

    @Override
    public List<ProjectionStatus> status() {
        long head = head();
        return processors().entrySet().stream()
                .map(entry -> status(entry.getKey(), entry.getValue(), head))
                .toList();
    }

    @Override
    public void rebuild(String name, Duration timeout) {
        StreamingEventProcessor processor = processors().get(name);
        if (processor == null) {
            throw new IllegalArgumentException("No projection named " + name);
        }
        long head = head();
        log.info("Rebuilding projection {}: replaying {} events", name, head + 1);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        long started = System.nanoTime();
        if (!await(() -> caughtUp(name, processor, head), timeout, () -> log.info("Rebuilding {}: at {} of {}",
                name, status(name, processor, head).position(), head))) {
            throw new IllegalStateException("Projection " + name + " not rebuilt within " + timeout);
        }
        log.info("Projection {} rebuilt in {} ms", name, Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    @Override
    public boolean awaitCaughtUp(Duration timeout) {
        long head = head();
        return await(() -> processors().entrySet().stream()
                .allMatch(entry -> caughtUp(entry.getKey(), entry.getValue(), head)), timeout, () -> { });
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

    private static boolean await(java.util.function.BooleanSupplier condition, Duration timeout, Runnable progress) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextReport = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            if (System.nanoTime() >= nextReport) {
                progress.run();
                nextReport = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        return true;
    }
}
