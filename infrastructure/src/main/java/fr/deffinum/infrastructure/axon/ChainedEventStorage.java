package fr.deffinum.infrastructure.axon;

import fr.deffinum.infrastructure.integrity.ChainHeads;
import fr.deffinum.infrastructure.integrity.HashChainedAppend;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC storage engine as its auto-configuration builds it, but for its append, which chains
 * each laureate's events by their hashes ({@link HashChainedAppend}).
 */
@Configuration(proxyBeanMethods = false)
public class ChainedEventStorage {

    @Bean
    public ChainHeads chainHeads(EventStoreProperties properties) {
        return new ChainHeads(properties.eventChain().cachedLaureates());
    }

    /** Axon's default names, which the migrations use; defined here, as Axon defines it only for its own engine. */
    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder().build();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager, EventSchema eventSchema,
                                                 ChainHeads chainHeads,
                                                 EventStoreProperties properties) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .appendEvents(new HashChainedAppend(chainHeads))
                // Every processor thread reads the whole store during a replay: 100 rows a query by default.
                .batchSize(properties.eventStore().readBatchSize())
                .build();
    }
}
