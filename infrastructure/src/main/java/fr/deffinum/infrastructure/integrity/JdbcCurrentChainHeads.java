package fr.deffinum.infrastructure.integrity;

import fr.deffinum.application.integrity.ChainHead;
import fr.deffinum.application.integrity.ChainHeadSet;
import fr.deffinum.application.integrity.CurrentChainHeads;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Each aggregate's last event, found through the unique (aggregate, sequence) index, in one statement: one snapshot. */
@Repository
class JdbcCurrentChainHeads implements CurrentChainHeads {

    private static final String HEADS = """
            SELECT e.aggregateidentifier, e.sequencenumber, e.metadata FROM domainevententry e
            JOIN (SELECT aggregateidentifier, max(sequencenumber) AS head FROM domainevententry
                  GROUP BY aggregateidentifier) h
              ON e.aggregateidentifier = h.aggregateidentifier AND e.sequencenumber = h.head""";

    private final JdbcTemplate jdbc;

    JdbcCurrentChainHeads(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public ChainHeadSet read() {
        List<ChainHead> heads = new ArrayList<>();
        jdbc.query(HEADS, row -> {
            String hash = StoredMetaData.of(row.getBytes("metadata")).hash();
            if (hash != null) {
                heads.add(new ChainHead(row.getString("aggregateidentifier"), row.getLong("sequencenumber"), hash));
            }
        });
        return new ChainHeadSet(heads);
    }
}
