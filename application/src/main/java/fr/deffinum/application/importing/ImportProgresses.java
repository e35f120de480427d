package fr.deffinum.application.importing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The progress of the imports of this instance, the latest {@value #KEPT} only; lost on restart. */
@Component
public class ImportProgresses {

    static final int KEPT = 100;

    private final Map<String, ImportProgress> progresses = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ImportProgress> eldest) {
                    return size() > KEPT;
                }
            });

    /** An import's id: the one given (at most 100 characters), else a new one. */
    public static String idOf(String given) {
        return given == null || given.isBlank() ? UUID.randomUUID().toString()
                : given.strip().substring(0, Math.min(given.strip().length(), 100));
    }

    public Optional<ImportProgress> find(String importId) {
        return Optional.ofNullable(progresses.get(importId));
    }

    void update(ImportProgress progress) {
        progresses.put(progress.importId(), progress);
    }
}
