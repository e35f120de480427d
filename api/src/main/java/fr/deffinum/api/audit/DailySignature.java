package fr.deffinum.api.audit;

import fr.deffinum.application.integrity.ChainHeadsSigning;
import fr.deffinum.application.integrity.HeadsSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The chain heads signed on {@code deffinum.signing.cron} (Paris time), and at start if not yet today with this key. */
@Component
class DailySignature {

    private static final Logger log = LoggerFactory.getLogger(DailySignature.class);

    private final ChainHeadsSigning signing;

    DailySignature(ChainHeadsSigning signing) {
        this.signing = signing;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (signing.dueToday()) {
            sign();
        }
    }

    @Scheduled(cron = "${deffinum.signing.cron:0 0 2 * * *}", zone = "Europe/Paris")
    void daily() {
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
