package fr.deffinum.infrastructure.idempotency;

import fr.deffinum.application.idempotency.IdempotentRequests;
import fr.deffinum.application.idempotency.KeyedRequest;
import fr.deffinum.application.idempotency.StoredAnswer;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Keyed requests in {@code idempotent_request}. The claim is an insert committed on its own, so two
 * requests racing under one key cannot both be processed; a claim that a crash left unfinished
 * expires after a minute.
 */
@Repository
class JdbcIdempotentRequests implements IdempotentRequests {

    private static final String CLAIM = """
            INSERT INTO idempotent_request (actor, key, fingerprint) VALUES (?, ?, ?)
            ON CONFLICT (actor, key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, claimed_at = now()
                WHERE idempotent_request.status IS NULL AND idempotent_request.claimed_at < now() - interval '1 minute'
            """;

    private final JdbcTemplate jdbc;

    JdbcIdempotentRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<KeyedRequest> claim(String actor, String key, String fingerprint) {
        if (jdbc.update(CLAIM, actor, key, fingerprint) == 1) {
            return Optional.empty();
        }
        Optional<KeyedRequest> earlier = jdbc.query("SELECT fingerprint, status, content_type, etag, location, body FROM idempotent_request "
                + "WHERE actor = ? AND key = ?", (row, n) -> new KeyedRequest(row.getString("fingerprint"),
                row.getObject("status") == null ? null : new StoredAnswer(row.getInt("status"),
                        row.getString("content_type"), row.getString("etag"), row.getString("location"),
                        row.getBytes("body"))), actor, key).stream().findFirst();
        return earlier.isPresent() ? earlier : claim(actor, key, fingerprint);
    }

    @Override
    public void complete(String actor, String key, StoredAnswer answer) {
        jdbc.update("UPDATE idempotent_request SET status = ?, content_type = ?, etag = ?, location = ?, body = ? "
                + "WHERE actor = ? AND key = ?", answer.status(), answer.contentType(), answer.etag(),
                answer.location(), answer.body(), actor, key);
    }

    @Override
    public void release(String actor, String key) {
        jdbc.update("DELETE FROM idempotent_request WHERE actor = ? AND key = ? AND status IS NULL", actor, key);
    }
}
