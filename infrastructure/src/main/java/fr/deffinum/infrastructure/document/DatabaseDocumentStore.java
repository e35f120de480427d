package fr.deffinum.infrastructure.document;

import fr.deffinum.application.document.DocumentStore;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Documents' bytes in {@code document_content}, one row per hash. A put runs in the caller's
 * transaction, the one that appends the event naming the hash: both are committed or neither.
 */
class DatabaseDocumentStore implements DocumentStore {

    private final JdbcTemplate jdbc;

    DatabaseDocumentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(String sha256, byte[] content) {
        jdbc.update("INSERT INTO document_content (sha256, content) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING",
                sha256, content);
    }

    @Override
    public Optional<byte[]> open(String sha256) {
        return jdbc.query("SELECT content FROM document_content WHERE sha256 = ?",
                (rs, rowNum) -> rs.getBytes("content"), sha256).stream().findFirst();
    }
}
