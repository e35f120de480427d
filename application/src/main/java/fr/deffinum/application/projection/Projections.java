package fr.deffinum.application.projection;

import java.time.Duration;
import java.util.List;

/** The read models fed by the event store: how far behind they are, and how to rebuild one. */
public interface Projections {

    List<ProjectionStatus> status();

    /** Empties the projection's tables and replays the whole store into them; returns once caught up. */
    void rebuild(String name, Duration timeout);

    /** True once every projection has processed every event stored when the call began. */
    boolean awaitCaughtUp(Duration timeout);
}
