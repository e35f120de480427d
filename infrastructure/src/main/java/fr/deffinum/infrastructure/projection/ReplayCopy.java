package fr.deffinum.infrastructure.projection;

import fr.deffinum.infrastructure.projection.ReplayableReadModel.Source;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of a one-pass replay, written with {@code COPY}: the replay empties the tables first and hands
 * every event over once, so the {@code ON CONFLICT} of the live inserts has nothing to catch, and
 * COPY spares a bound parameter per column and a parse per statement.
 */
public final class ReplayCopy {

    private ReplayCopy() {
    }

    /**
     * Writes the rows, values in the columns' order (strings, numbers, dates, timestamps or null): copied
     * when they come from a one-pass replay, else by the given insert, one batch.
     */
    public static void insert(JdbcTemplate jdbc, String table, String columns, String insert, List<Object[]> rows,
                              Source source) {
        if (source == Source.REPLAY) {
            copy(jdbc, table, columns, rows);
        } else {
            jdbc.batchUpdate(insert, rows);
        }
    }

    private static void copy(JdbcTemplate jdbc, String table, String columns, Collection<Object[]> rows) {
        String csv = csv(rows);
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)", new StringReader(csv));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String csv(Collection<Object[]> rows) {
        StringWriter out = new StringWriter(rows.size() * 200);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.POSTGRESQL_CSV)) {
            for (Object[] row : rows) {
                for (Object value : row) {
                    printer.print(text(value));
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Object text(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        } else if (value instanceof Date date) {
            return date.toLocalDate().toString();
        } else if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value;
    }
}
