package fr.deffinum.application.integrity;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Hears, while the events of a unit of work are chained and bound for their single insert, how many
 * are so far: the progress of an import's commit, which holds every line's events. A unit of work
 * that wants it puts one in its root's resources under {@link #RESOURCE}.
 */
@FunctionalInterface
public interface AppendProgress {

    String RESOURCE = AppendProgress.class.getName();

    void prepared(int events);

    /** Tells the current unit of work's listener, if it has one. */
    static void report(int events) {
        CurrentUnitOfWork.ifStarted(unitOfWork -> {
            AppendProgress progress = unitOfWork.root().getResource(RESOURCE);
            if (progress != null) {
                progress.prepared(events);
            }
        });
    }
}
