package fr.deffinum.infrastructure.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure comes from the database being out of reach, however wrapped: Axon reports a
 * failed append as an {@code EventStoreException} around the driver's I/O error, not as one of
 * Spring's data access exceptions.
 */
public final class LostConnection {

    private LostConnection() {
    }

    public static boolean causes(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < 20; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isConnectionFailure(sql)) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 is a connection exception, 57P01–57P03 a server shutting down or starting up;
     * an exception without SQLSTATE was raised on this side, not by the server: the pool's
     * "Connection is closed" for a connection it has just evicted as broken.
     */
    private static boolean isConnectionFailure(SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
            String state = next.getSQLState();
            if (next instanceof SQLTransientConnectionException || next instanceof SQLNonTransientConnectionException
                    || state == null || state.startsWith("08") || state.startsWith("57P")) {
                return true;
            }
        }
        return false;
    }
}
