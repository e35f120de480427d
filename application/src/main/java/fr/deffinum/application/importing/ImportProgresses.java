package fr.deffinum.application.importing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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

    public Optional<ImportProgress> find(String importId) {
        return Optional.ofNullable(progresses.get(importId));
    }

    void update(ImportProgress progress) {
        progresses.put(progress.importId(), progress);
    }
}
