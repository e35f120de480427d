package fr.deffinum.infrastructure.axon;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon that an append broke the event table's unique (aggregate, sequence) key, so that it
 * raises a {@code ConcurrencyException} the command gateway retries. PostgreSQL reports it as
 * SQLState 23505, which the JDBC driver may wrap in a batch exception with no vendor code.
 */
final class DuplicateKeys implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (UNIQUE_VIOLATION.equals(sql.getSQLState())
                    || sql.getNextException() != null && UNIQUE_VIOLATION.equals(sql.getNextException().getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
