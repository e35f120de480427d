package fr.deffinum.infrastructure;

import fr.deffinum.infrastructure.axon.EventStoreProperties;
import fr.deffinum.infrastructure.database.EmbeddedDatabaseProperties;
import fr.deffinum.infrastructure.document.DocumentStoreProperties;
import fr.deffinum.infrastructure.projection.ProjectionProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the infrastructure's {@code deffinum.*} settings (see docs/CONFIGURATION.md). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({EventStoreProperties.class, EmbeddedDatabaseProperties.class,
        ProjectionProperties.class, DocumentStoreProperties.class})
public class InfrastructurePropertiesConfiguration {
}
