package fr.deffinum.infrastructure.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.messaging.CommandTargets;
import fr.deffinum.application.programme.EnvelopeGuard;
import fr.deffinum.domain.laureate.Laureate;
import fr.deffinum.domain.laureate.convention.Schedule;
import fr.deffinum.domain.programme.Programme;
import fr.deffinum.domain.proposal.Proposal;
import fr.deffinum.infrastructure.json.DeffinumJacksonModule;
import fr.deffinum.infrastructure.projection.ProcessingNode;
import java.time.Duration;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.PropertySource;

/**
 * Axon without Axon Server: events, snapshots and tokens in PostgreSQL through Axon's JDBC storage
 * (auto-configured from the DataSource), everything serialized as JSON by Jackson.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:deffinum-axon.properties")
public class AxonConfiguration {

    static {
        OutboundCalls.disable();
    }

    @Bean
    public DeffinumJacksonModule deffinumJacksonModule() {
        return new DeffinumJacksonModule();
    }

    @Bean
    @Primary
    public Serializer serializer() {
        return jsonSerializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return jsonSerializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return jsonSerializer();
    }

    /** Copies who, why and which request from each command onto the events it produces. */
    @Bean
    public CorrelationDataProvider provenanceCorrelation() {
        return new SimpleCorrelationDataProvider(Provenance.ACTOR, Provenance.REASON, Provenance.CORRELATION_ID,
                Provenance.APPROVED_BY, Provenance.PROPOSAL_ID, Provenance.DOCUMENTS);
    }

    /**
     * Registered here, not with Spring's {@code @Aggregate}, so that the domain knows nothing of Spring;
     * hence a snapshotter of its own, as Spring's only knows {@code @Aggregate} classes.
     */
    @Bean
    public ConfigurerModule laureateAggregate(EventStoreProperties properties, SnapshotExecutor snapshots) {
        return configurer -> configurer.configureAggregate(
                snapshotted(Laureate.class, "4", properties.snapshotThreshold(), snapshots));
    }

    /** A programme's stream takes a reservation per laureate step that moves its exposure: it is snapshotted like a laureate's. */
    @Bean
    public ConfigurerModule programmeAggregate(EventStoreProperties properties, SnapshotExecutor snapshots) {
        return configurer -> configurer.configureAggregate(
                snapshotted(Programme.class, "2", properties.snapshotThreshold(), snapshots));
    }

    /** A proposal's stream is a handful of events: neither snapshotted nor cached. */
    @Bean
    public ConfigurerModule proposalAggregate() {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Proposal.class)
                .configureCommandTargetResolver(config -> new CommandTargets()));
    }

    private static <A> AggregateConfigurer<A> snapshotted(Class<A> aggregate, String revision, int snapshotThreshold,
                                                          SnapshotExecutor snapshots) {
        return AggregateConfigurer.defaultConfiguration(aggregate)
                .configureCommandTargetResolver(config -> new CommandTargets())
                .configureSnapshotTrigger(config -> new EventCountSnapshotTriggerDefinition(
                        AggregateSnapshotter.builder()
                                .eventStore(config.eventStore())
                                .executor(snapshots)
                                .aggregateFactories(new GenericAggregateFactory<>(aggregate))
                                .transactionManager(config.getComponent(TransactionManager.class))
                                .build(),
                        snapshotThreshold))
                // A snapshot of an older shape of the aggregate is skipped: the aggregate is rebuilt from its events.
                .configureSnapshotFilter(config -> RevisionSnapshotFilter.builder().type(aggregate).revision(revision).build())
                // Several instances share the store: a stale cached aggregate fails its append on the
                // (aggregate, sequence) key, is evicted, and the gateway retries the command.
                .configureCache(config -> new WeakReferenceCache());
    }

    @Bean
    public CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(new RetryOnConcurrentAppend()).build();
    }

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeys();
    }

    @Bean
    public ProcessingNode processingNode() {
        return ProcessingNode.create();
    }

    /** Claims segments under this instance's own id: instances sharing the database split the work. */
    @Bean
    public TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, ProcessingNode node,
                                 @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return JdbcTokenStore.builder().connectionProvider(connections).serializer(serializer)
                .schema(TokenSchema.builder().build()).nodeId(node.id()).claimTimeout(claimTimeout).build();
    }

    @Bean
    public VersionAsCommandResult versionAsCommandResult() {
        return new VersionAsCommandResult();
    }

    /** First the sender's expected version, then the programme's envelope, both inside the command's unit of work. */
    @Bean
    public ConfigurerModule commandInterceptors() {
        return configurer -> configurer.onInitialize(config -> config.onStart(Phase.LOCAL_MESSAGE_HANDLER_REGISTRATIONS,
                () -> {
                    config.commandBus().registerHandlerInterceptor(
                            new ExpectedVersionCheck(() -> config.repository(Laureate.class)));
                    config.commandBus().registerHandlerInterceptor(new EnvelopeGuard(
                            () -> config.repository(Laureate.class), () -> config.repository(Programme.class)));
                }));
    }

    private static Serializer jsonSerializer() {
        return JacksonSerializer.builder().objectMapper(axonObjectMapper()).build();
    }

    static ObjectMapper axonObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new DeffinumJacksonModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addMixIn(Laureate.class, FieldsOnly.class)
                .addMixIn(Programme.class, FieldsOnly.class)
                .addMixIn(Schedule.class, FieldsOnly.class)
                .build();
    }

    /** Snapshots store the aggregate's fields: it has no getters, and should not grow any for Jackson. */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
            getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
    private interface FieldsOnly {
    }
}
