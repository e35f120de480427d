package fr.deffinum.api.admin;

import fr.deffinum.application.projection.ProjectionStatus;
import fr.deffinum.application.projection.Projections;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Axon's Micrometer monitors on the command bus, and for each projection how many events it is
 * behind the store's head, read when scraped. Axon's own per-event monitors on the event processors
 * are left out (its auto-configuration is off): their capacity monitor keeps every event handled or
 * skipped in the last minute, by each of the twelve processor threads, which filled the heap during a
 * catch-up of a million events, and their latency monitor parses every event's timestamp.
 */
@Configuration(proxyBeanMethods = false)
class AxonMetrics {

    @Bean
    ConfigurerModule commandBusMetrics(MeterRegistry registry) {
        GlobalMetricRegistry metrics = new GlobalMetricRegistry(registry);
        return configurer -> configurer.configureMessageMonitor(CommandBus.class,
                (configuration, componentType, componentName) -> commandMonitor(metrics, componentName));
    }

    /** The bus hands it only commands; Axon's factory type is that of any message. */
    @SuppressWarnings("unchecked")
    private static MessageMonitor<Message<?>> commandMonitor(GlobalMetricRegistry metrics, String name) {
        return (MessageMonitor<Message<?>>) metrics.registerCommandBus(name);
    }

    /** Registered once the processors exist; each scrape reads the positions and the head. */
    @EventListener(ApplicationReadyEvent.class)
    void registerProjectionLag(ApplicationReadyEvent ready) {
        Projections projections = ready.getApplicationContext().getBean(Projections.class);
        MeterRegistry registry = ready.getApplicationContext().getBean(MeterRegistry.class);
        projections.status().forEach(projection -> Gauge.builder("deffinum.projection.behind",
                        () -> behind(projections, projection.name()))
                .baseUnit("events")
                .description("Events stored but not yet folded into the projection")
                .tag("projection", projection.name())
                .register(registry));
    }

    private static long behind(Projections projections, String name) {
        return projections.status().stream().filter(status -> status.name().equals(name))
                .mapToLong(ProjectionStatus::behind).findFirst().orElse(-1);
    }
}
