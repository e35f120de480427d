package fr.deffinum.infrastructure.projection;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The projections: their rebuild, and how instances sharing a database see each other's work
 * ({@link AxonProjections}, {@link ReadModelRevision}, {@link SegmentBalancer}).
 *
 * @param projections   the rebuild of the projections
 * @param revisionCheck how often an instance checks whether others changed the laureate read model
 * @param balancePeriod how often an instance holding more than its share of projection segments releases one
 */
@ConfigurationProperties("deffinum")
public record ProjectionProperties(@DefaultValue Rebuild projections,
                                   @DefaultValue("PT0.02S") Duration revisionCheck,
                                   @DefaultValue("PT2S") Duration balancePeriod) {

    /** @param replayBatchSize the events a rebuild reads from the store and folds into every projection at a time */
    public record Rebuild(@DefaultValue("10000") int replayBatchSize) {
    }
}
