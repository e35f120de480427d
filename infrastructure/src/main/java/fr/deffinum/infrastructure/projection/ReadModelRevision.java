package fr.deffinum.infrastructure.projection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A number that moves on after every committed change of the laureate read model, on any instance,
 * and the answers cached under it. It moves only once the change is committed, so an answer
 * computed before the commit is cached under the old number and never served after it.
 */
@Component
public class ReadModelRevision {

    private static final int CAPACITY = 256;

    private final JdbcTemplate jdbc;
    private final Map<Object, Cached> answers = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Cached> eldest) {
            return size() > CAPACITY;
        }
    };

    ReadModelRevision(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** To call when the read model changes: the revision moves on once the change is committed. */
    public void changed() {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> next());
        } else {
            next();
        }
    }

    /** The answer for this key at the current revision, computed only when the read model has changed. */
    @SuppressWarnings("unchecked")
    public <T> T cached(Object key, Supplier<T> compute) {
        long revision = current();
        synchronized (answers) {
            Cached cached = answers.get(key);
            if (cached != null && cached.revision() == revision) {
                return (T) cached.answer();
            }
        }
        T answer = compute.get();
        synchronized (answers) {
            answers.put(key, new Cached(revision, answer));
        }
        return answer;
    }

    private long current() {
        Long revision = jdbc.queryForObject("SELECT last_value FROM laureate_view_revision", Long.class);
        return revision == null ? 0 : revision;
    }

    private void next() {
        jdbc.queryForObject("SELECT nextval('laureate_view_revision')", Long.class);
    }

    private record Cached(long revision, Object answer) {
    }
}
