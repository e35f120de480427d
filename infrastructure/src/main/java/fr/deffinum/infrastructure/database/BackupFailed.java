package fr.deffinum.infrastructure.database;

/** A backup or a restore that could not be done, with what the operator should know or do. */
public class BackupFailed extends RuntimeException {

    BackupFailed(String message) {
        super(message);
    }

    BackupFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
