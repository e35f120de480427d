package fr.deffinum.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;

/** Runs a number of operations from a number of concurrent clients and keeps each one's latency. */
final class Load {

    /** One operation; its index is unique across clients. Returns false for a refusal that was expected. */
    interface Operation {
        boolean run(int client, int index) throws Exception;
    }

    private Load() {
    }

    static Latencies run(int clients, int operations, Operation operation) {
        long[] nanos = new long[operations];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < operations; i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        if (!operation.run(client, i)) {
                            failures.incrementAndGet();
                        }
                        nanos[i] = System.nanoTime() - start;
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Load run failed", e);
        } finally {
            pool.shutdownNow();
        }
        return new Latencies(nanos, System.nanoTime() - started, failures.get());
    }
}
