package fr.deffinum.application.projection;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/** The read models fed by the event store: how far behind they are, and how to rebuild one. */
public interface Projections {

    List<ProjectionStatus> status();

    /**
     * Empties the named projections' tables and replays the whole store into them, reading it once;
     * returns the number of events replayed, once done.
     */
    long rebuild(Set<String> names);

    /** True once every projection has processed every event stored when the call began. */
    boolean awaitCaughtUp(Duration timeout);
}
