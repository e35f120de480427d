package fr.deffinum.api;

import fr.deffinum.api.backup.BackupCommands;
import fr.deffinum.infrastructure.axon.OutboundCalls;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Deffinum grant tracker: REST API, web pages and the event store behind them; or, named first on
 * the command line, one of the {@link BackupCommands}.
 */
@SpringBootApplication(scanBasePackages = "fr.deffinum")
@EnableScheduling
public class DeffinumApplication {

    public static void main(String[] args) {
        OutboundCalls.disable();
        if (BackupCommands.named(args)) {
            System.exit(BackupCommands.run(args));
        }
        SpringApplication.run(DeffinumApplication.class, args);
    }
}
