package fr.deffinum.infrastructure.axon;

import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Retries a command whose events lost the race for their (aggregate, sequence) key: another
 * instance wrote to the same laureate first, so the aggregate this one held in its cache was
 * stale. The failed unit of work evicted it; the retry loads it again from the store and decides
 * on the current state. Every other failure, a refused rule first of all, is final.
 */
final class RetryOnConcurrentAppend implements RetryScheduler {

    private static final int MAX_RETRIES = 3;

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (failures.size() > MAX_RETRIES || !lostTheRace(lastFailure)) {
            return false;
        }
        commandDispatch.run();
        return true;
    }

    private static boolean lostTheRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
