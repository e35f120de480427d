package fr.deffinum.infrastructure.projection;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Shares the projection segments among the live instances. A pooled processor claims every free
 * segment it finds, so the first instance up would keep them all; this balancer makes an instance
 * that holds more than its fair share release one at a time, for another to claim. An instance that
 * stops releases its claims, and the others take them over at their next claim round.
 */
@Component
class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final ProcessingNode node;
    private final Duration period;
    private ScheduledExecutorService scheduler;

    SegmentBalancer(JdbcTemplate jdbc, EventProcessingConfiguration processing, ProcessingNode node,
                    ProjectionProperties properties) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.node = node;
        this.period = properties.balancePeriod();
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::balance, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        scheduler.shutdownNow();
        jdbc.update("DELETE FROM processing_node WHERE node_id = ?", node.id());
    }

    @Override
    public boolean isRunning() {
        return scheduler != null && !scheduler.isShutdown();
    }

    private void balance() {
        try {
            processing.eventProcessors().forEach((name, processor) -> {
                if (processor instanceof StreamingEventProcessor streaming) {
                    balance(name, streaming);
                }
            });
        } catch (RuntimeException e) {
            log.warn("Segment balancing skipped: {}", e.getMessage());
        }
    }

    /** The fair share counts only the instances that run this projection: a write-only one claims none. */
    private void balance(String name, StreamingEventProcessor processor) {
        jdbc.update("INSERT INTO processing_node (processor_name, node_id, seen_at) VALUES (?, ?, now()) "
                + "ON CONFLICT (processor_name, node_id) DO UPDATE SET seen_at = now()", name, node.id());
        Integer live = jdbc.queryForObject("SELECT count(*) FROM processing_node "
                        + "WHERE processor_name = ? AND seen_at > now() - ?::interval",
                Integer.class, name, period.multipliedBy(5).toMillis() + " milliseconds");
        if (live != null && live > 0) {
            releaseAboveFairShare(name, processor, live);
        }
    }

    private void releaseAboveFairShare(String name, StreamingEventProcessor processor, int live) {
        Integer segments = jdbc.queryForObject("SELECT count(*) FROM tokenentry WHERE processorname = ?",
                Integer.class, name);
        Map<Integer, EventTrackerStatus> claimed = processor.processingStatus();
        int fairShare = (int) Math.ceil((segments == null ? 0 : segments) / (double) live);
        if (claimed.size() > fairShare && !claimed.isEmpty()) {
            int segment = claimed.keySet().iterator().next();
            log.info("Projection {}: releasing segment {} ({} claimed, fair share {} over {} instances)",
                    name, segment, claimed.size(), fairShare, live);
            processor.releaseSegment(segment);
        }
    }
}
