package fr.deffinum.infrastructure.projection;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A number, held in memory, that moves on after every committed change of the laureate read model,
 * and the answers cached under it. It moves at once for this instance's own commits and for a write
 * its caller has seen ({@link #invalidate}); for other instances' commits, a background check reads
 * the shared sequence {@code laureate_view_revision} every {@code deffinum.revision-check} and moves
 * it when the sequence has moved. It moves only once a change is committed, so an answer computed
 * before the commit is cached under the old number and never served after it. When the check has
 * not succeeded lately (the database is unreachable), each read checks the sequence itself, so that
 * an instance cut off from the others' commits never serves what it cannot know is current.
 */
@Component
public class ReadModelRevision implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRevision.class);
    private static final int CAPACITY = 256;
    private static final int CHECKS_BEFORE_UNTRUSTED = 10;

    private final JdbcTemplate jdbc;
    private final Duration period;
    private final AtomicLong revision = new AtomicLong();
    private volatile long sequenceSeen = -1;
    private volatile long checkedAt;
    private ScheduledExecutorService checks;
    private final Map<Object, Cached> answers = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Cached> eldest) {
            return size() > CAPACITY;
        }
    };

    ReadModelRevision(JdbcTemplate jdbc, ProjectionProperties properties) {
        this.jdbc = jdbc;
        this.period = properties.revisionCheck();
        this.checkedAt = System.nanoTime() - untrustedAfter() - 1;
    }

    /** To call when the read model changes: the revision moves on once the change is committed. */
    public void changed() {
        AfterCommit.run(this::next);
    }

    /** To call when a committed change was seen by other means than this instance's commit (another instance's row). */
    public void invalidate() {
        revision.incrementAndGet();
    }

    /** The answer for this key at the current revision, computed only when the read model has changed. */
    @SuppressWarnings("unchecked")
    public <T> T cached(Object key, Supplier<T> compute) {
        long current = current();
        synchronized (answers) {
            Cached cached = answers.get(key);
            if (cached != null && cached.revision() == current) {
                return (T) cached.answer();
            }
        }
        T answer = compute.get();
        synchronized (answers) {
            answers.put(key, new Cached(current, answer));
        }
        return answer;
    }

    private long current() {
        if (System.nanoTime() - checkedAt > untrustedAfter()) {
            check();
        }
        return revision.get();
    }

    private long untrustedAfter() {
        return period.toNanos() * CHECKS_BEFORE_UNTRUSTED;
    }

    private void next() {
        revision.incrementAndGet();
        jdbc.queryForObject("SELECT nextval('laureate_view_revision')", Long.class);
    }

    private void check() {
        Long sequence = jdbc.queryForObject("SELECT last_value FROM laureate_view_revision", Long.class);
        long value = sequence == null ? 0 : sequence;
        synchronized (this) {
            if (value != sequenceSeen) {
                sequenceSeen = value;
                revision.incrementAndGet();
            }
            checkedAt = System.nanoTime();
        }
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            log.debug("Read model revision check failed: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "read-model-revision");
            thread.setDaemon(true);
            return thread;
        });
        checks.scheduleWithFixedDelay(this::checkQuietly, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        checks.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return checks != null && !checks.isShutdown();
    }

    private record Cached(long revision, Object answer) {
    }
}
