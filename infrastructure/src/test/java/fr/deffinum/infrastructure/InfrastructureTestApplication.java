package fr.deffinum.infrastructure;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application and infrastructure layers without the web: what the infrastructure tests start. */
@SpringBootApplication(scanBasePackages = {"fr.deffinum.application", "fr.deffinum.infrastructure"})
public class InfrastructureTestApplication {
}
