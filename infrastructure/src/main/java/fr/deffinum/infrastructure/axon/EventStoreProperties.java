package fr.deffinum.infrastructure.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The event store: snapshots of the laureates, reads of the JDBC engine, the chain of event hashes
 * ({@link AxonConfiguration}, {@link ChainedEventStorage}).
 *
 * @param snapshotThreshold a laureate's snapshot is taken every this many events
 * @param eventStore        how the JDBC storage engine reads the store
 * @param eventChain        the heads of the laureates' hash chains kept in memory
 */
@ConfigurationProperties("deffinum")
public record EventStoreProperties(@DefaultValue("50") int snapshotThreshold,
                                   @DefaultValue Reads eventStore,
                                   @DefaultValue Chain eventChain) {

    /** @param readBatchSize the events read a query (Axon's default is 100), by each processor thread in a replay */
    public record Reads(@DefaultValue("1000") int readBatchSize) {
    }

    /** @param cachedLaureates how many laureates' chain heads are kept in memory, least recently used out */
    public record Chain(@DefaultValue("10000") int cachedLaureates) {
    }
}
