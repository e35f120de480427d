package fr.deffinum.infrastructure.convention;

import fr.deffinum.application.convention.SentDigests;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The digests sent, in {@code digest_sent}: its key (recipient, day) makes a claim win once across instances. */
@Component
class JdbcSentDigests implements SentDigests {

    private final JdbcTemplate jdbc;

    JdbcSentDigests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String user, LocalDate day, int items) {
        return jdbc.update("INSERT INTO digest_sent (recipient, day, items) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                user, Date.valueOf(day), items) == 1;
    }

    @Override
    public void release(String user, LocalDate day) {
        jdbc.update("DELETE FROM digest_sent WHERE recipient = ? AND day = ?", user, Date.valueOf(day));
    }
}
