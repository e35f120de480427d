package fr.deffinum.infrastructure.projection;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Where a request waits to see a projection's write: woken at once by this instance's commits,
 * polling with a back-off up to 20 ms for another instance's, which nothing here announces.
 */
public final class CommittedWrites {

    private static final long FIRST_PAUSE = Duration.ofMillis(1).toNanos();
    private static final long LONGEST_PAUSE = Duration.ofMillis(20).toNanos();

    private final Object signal = new Object();

    /** To call while writing: the waiters look again once the write is committed. */
    public void written() {
        AfterCommit.run(this::wake);
    }

    /** The first answer of {@code look} that is present, or empty once {@code timeout} has passed. */
    public <T> Optional<T> await(Supplier<Optional<T>> look, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_PAUSE;
        while (true) {
            Optional<T> found = look.get();
            if (found.isPresent() || System.nanoTime() > deadline) {
                return found;
            }
            try {
                synchronized (signal) {
                    signal.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(pause)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE);
        }
    }

    /** Whether {@code holds} became true before {@code timeout} passed. */
    public boolean awaitTrue(BooleanSupplier holds, Duration timeout) {
        return await(() -> holds.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty(), timeout).isPresent();
    }

    private void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }
}
