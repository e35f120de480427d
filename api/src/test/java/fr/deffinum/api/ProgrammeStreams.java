package fr.deffinum.api;

import java.math.BigDecimal;
import org.springframework.jdbc.core.JdbcTemplate;

/** A programme's own stream read in SQL, behind the read side: what its reservations add up to, less its releases. */
public final class ProgrammeStreams {

    private ProgrammeStreams() {
    }

    public static BigDecimal exposure(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("""
                SELECT coalesce(sum(CASE WHEN payloadtype LIKE '%ExposureReleased' THEN -1 ELSE 1 END
                                    * (convert_from(payload, 'UTF8')::jsonb ->> 'amount')::numeric), 0)
                FROM domainevententry
                WHERE aggregateidentifier = ? AND payloadtype ~ 'Exposure(Reserved|Released)$'""",
                BigDecimal.class, code);
    }
}
