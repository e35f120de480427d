package fr.deffinum.infrastructure.axon;

import fr.deffinum.domain.laureate.RuleViolation;
import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;

/**
 * Retries a command whose events lost the race for their (aggregate, sequence) key: another
 * instance wrote to the same laureate first, so the aggregate this one held in its cache was
 * stale. The failed unit of work evicted it; the retry loads it again from the store and decides
 * on the current state. A refusal (a rule, a stale {@code If-Match}) is retried once too: it may
 * have been decided on a cached laureate another instance has moved on since (a payment refused
 * as not notified when the other instance recorded the notification), and the retry decides on
 * the stored one. Every other failure is final.
 */
final class RetryOnConcurrentAppend implements RetryScheduler {

    // A programme's stream is shared by all its laureates: under selections arriving at once on several
    // instances, one command may lose the race more than once.
    private static final int MAX_RETRIES = 10;

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        boolean retry = lostTheRace(lastFailure) ? failures.size() <= MAX_RETRIES
                : failures.size() == 1 && refused(lastFailure);
        if (retry) {
            commandDispatch.run();
        }
        return retry;
    }

    private static boolean lostTheRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

    private static boolean refused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation || cause instanceof ConflictingAggregateVersionException) {
                return true;
            }
        }
        return false;
    }
}
