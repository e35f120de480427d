package fr.deffinum.api.audit;

import fr.deffinum.application.integrity.ChainHeadsSigning;
import fr.deffinum.application.integrity.HeadsSignature;
import fr.deffinum.infrastructure.integrity.SigningProperties;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/** The chain heads signed on {@code deffinum.signing.cron} (Paris time), and at start if not yet today with this key. */
@Component
class DailySignature implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(DailySignature.class);

    private final ChainHeadsSigning signing;
    private final SigningProperties properties;

    DailySignature(ChainHeadsSigning signing, SigningProperties properties) {
        this.signing = signing;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addCronTask(new CronTask(this::daily, new CronTrigger(properties.cron(), ZoneId.of("Europe/Paris"))));
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (signing.dueToday()) {
            sign();
        }
    }

    private void daily() {
        if (signing.enabled()) {
            sign();
        }
    }

    private void sign() {
        HeadsSignature signature = signing.sign();
        log.info("Chain heads signed at {}: heads hash {}, key {}", signature.signedAt(), signature.headsHash(),
                signature.keyId());
    }
}
