package fr.deffinum.api;

import fr.deffinum.infrastructure.axon.OutboundCalls;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Deffinum grant tracker: REST API, web pages and the event store behind them. */
@SpringBootApplication(scanBasePackages = "fr.deffinum")
@EnableScheduling
public class DeffinumApplication {

    public static void main(String[] args) {
        OutboundCalls.disable();
        SpringApplication.run(DeffinumApplication.class, args);
    }
}
