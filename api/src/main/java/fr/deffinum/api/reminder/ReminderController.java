package fr.deffinum.api.reminder;

import fr.deffinum.application.convention.DailyDigest;
import fr.deffinum.application.convention.Digest;
import fr.deffinum.application.convention.Schedules;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/reminders?day=}: an administrator sends the digests of a day (today by default) that
 * have not gone yet; a second run for the same day sends none. 409 {@code REMINDERS_OFF} without SMTP.
 */
@RestController
class ReminderController {

    private final DailyDigest digest;

    ReminderController(DailyDigest digest) {
        this.digest = digest;
    }

    record Sent(String user, int items) {
    }

    record Run(LocalDate day, List<Sent> sent) {
    }

    @PostMapping("/api/reminders")
    Run send(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate day) {
        LocalDate on = day == null ? Schedules.today() : day;
        List<Digest> sent = digest.send(on);
        return new Run(on, sent.stream().map(one -> new Sent(one.user(), one.items().size())).toList());
    }
}
