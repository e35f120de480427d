package fr.deffinum.infrastructure.integrity;

import fr.deffinum.application.integrity.HeadsSignature;
import fr.deffinum.application.integrity.HeadsSignatures;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The table {@code signed_chain_heads}, on which the application's role may only insert and select. */
@Repository
class JdbcHeadsSignatures implements HeadsSignatures {

    private static final String NEWEST_FIRST = "SELECT signed_at, heads_hash, heads, signature, key_id"
            + " FROM signed_chain_heads ORDER BY id DESC LIMIT ?";

    private final JdbcTemplate jdbc;

    JdbcHeadsSignatures(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void add(HeadsSignature signature) {
        jdbc.update("INSERT INTO signed_chain_heads (signed_at, heads_hash, heads, signature, key_id)"
                        + " VALUES (?, ?, ?, ?, ?)", Timestamp.from(signature.signedAt()), signature.headsHash(),
                signature.heads(), signature.signature(), signature.keyId());
    }

    @Override
    public Optional<HeadsSignature> latest() {
        return newestFirst(1).stream().findFirst();
    }

    @Override
    public List<HeadsSignature> newestFirst(int limit) {
        return jdbc.query(NEWEST_FIRST, (row, number) -> signatureOf(row), limit);
    }

    private static HeadsSignature signatureOf(ResultSet row) throws SQLException {
        return new HeadsSignature(row.getTimestamp("signed_at").toInstant(), row.getString("heads_hash"),
                row.getString("heads"), row.getString("signature"), row.getString("key_id"));
    }
}
