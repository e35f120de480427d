package fr.deffinum.api.reminder;

import fr.deffinum.application.convention.DailyDigest;
import fr.deffinum.application.convention.Schedules;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each morning (Paris time, {@code deffinum.reminders.cron}), the digests of the day not sent yet; only where SMTP is configured. */
@Component
@EnableScheduling
@ConditionalOnProperty("spring.mail.host")
class DigestSchedule {

    private final DailyDigest digest;

    DigestSchedule(DailyDigest digest) {
        this.digest = digest;
    }

    @Scheduled(cron = "${deffinum.reminders.cron:0 0/30 7-9 * * *}", zone = "Europe/Paris")
    void sendToday() {
        digest.send(Schedules.today());
    }
}
