package fr.deffinum.application.laureate;

import fr.deffinum.domain.laureate.Laureate;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.programme.Programme;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.Aggregate;

/**
 * Loads laureates and their programmes into the current unit of work before many steps on them are
 * handled there (an import, the approval of a proposal): a load after the first step would read the
 * laureate's events through every event the unit of work has staged, seconds at 100,000 steps. The
 * laureates are taken in the order of their ids so that two such units of work never wait on each
 * other, then their programmes in the order of their codes, as the envelope guard takes them.
 */
public final class LaureatesInUnitOfWork {

    private LaureatesInUnitOfWork() {
    }

    public static Map<LaureateId, Aggregate<Laureate>> load(Configuration axon, Collection<LaureateId> laureates) {
        Map<LaureateId, Aggregate<Laureate>> loaded = new LinkedHashMap<>();
        Set<ProgrammeCode> programmes = new TreeSet<>(Comparator.comparing(ProgrammeCode::value));
        laureates.stream().distinct().sorted(Comparator.comparing(LaureateId::value)).forEach(id -> {
            Aggregate<Laureate> laureate = axon.repository(Laureate.class).load(id.value());
            loaded.put(id, laureate);
            programmes.add(laureate.invoke(Laureate::holding).programme());
        });
        programmes.forEach(code -> axon.repository(Programme.class).load(code.value()));
        return loaded;
    }
}
