package fr.deffinum.application.laureate;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/** Whether a failed unit of work lost a race: another instance appended to one of its streams first. */
public final class ConcurrentAppends {

    private ConcurrentAppends() {
    }

    public static boolean lostTheRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }
}
