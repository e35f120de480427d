package fr.deffinum.infrastructure.axon;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Takes the aggregates' snapshots on a thread of its own, after the commit that called for them.
 * On the committing thread a snapshot read the aggregate's events through the unit of work still
 * holding every staged event, each read scanning them all: an import of many lines spent most of
 * its time there. A snapshot lost with the process is only a shortcut missed: the next load folds
 * the events and asks for it again.
 */
@Component
public class SnapshotExecutor implements Executor, DisposableBean {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread snapshots = new Thread(task, "snapshots");
        snapshots.setDaemon(true);
        return snapshots;
    });

    @Override
    public void execute(Runnable snapshot) {
        thread.execute(snapshot);
    }

    @Override
    public void destroy() {
        thread.shutdown();
    }
}
