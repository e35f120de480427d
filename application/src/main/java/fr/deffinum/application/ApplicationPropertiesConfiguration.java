package fr.deffinum.application;

import fr.deffinum.application.convention.DeadlinesProperties;
import fr.deffinum.application.convention.RemindersProperties;
import fr.deffinum.application.document.DocumentProperties;
import fr.deffinum.application.export.ExportProperties;
import fr.deffinum.application.importing.ImportProperties;
import fr.deffinum.application.importing.SeedProperties;
import fr.deffinum.application.laureate.ReadYourWritesProperties;
import fr.deffinum.application.proposal.ApprovalsProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the use cases' {@code deffinum.*} settings (see docs/CONFIGURATION.md). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ImportProperties.class, SeedProperties.class, ExportProperties.class,
        ReadYourWritesProperties.class, ApprovalsProperties.class, DocumentProperties.class,
        DeadlinesProperties.class, RemindersProperties.class})
public class ApplicationPropertiesConfiguration {
}
