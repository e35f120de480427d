package fr.deffinum.bench;

import fr.deffinum.infrastructure.axon.OutboundCalls;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * A second instance of the write side inside the bench: the command gateway, the event store and
 * its storage engine, without web nor projections (those run in the application process). Its beans are
 * made when asked for: the use cases that read the projections (proposals, the work queue) are never asked.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"fr.deffinum.application", "fr.deffinum.infrastructure"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = ProcessingGroup.class))
class WriterInstance implements AutoCloseable {

    private ConfigurableApplicationContext context;

    static WriterInstance start(String jdbcUrl) {
        OutboundCalls.disable();
        SpringApplication application = new SpringApplication(WriterInstance.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        ConfigurableApplicationContext context = application.run("--spring.datasource.url=" + jdbcUrl,
                "--spring.main.banner-mode=off", "--spring.main.lazy-initialization=true",
                "--spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true", "--logging.level.root=WARN");
        WriterInstance instance = context.getBean(WriterInstance.class);
        instance.context = context;
        return instance;
    }

    CommandGateway commands() {
        return context.getBean(CommandGateway.class);
    }

    EventStorageEngine storage() {
        return context.getBean(EventStorageEngine.class);
    }

    TransactionManager transactions() {
        return context.getBean(TransactionManager.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
