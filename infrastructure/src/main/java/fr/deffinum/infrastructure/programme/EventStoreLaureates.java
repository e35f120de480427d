package fr.deffinum.infrastructure.programme;

import fr.deffinum.application.importing.StoredLaureates;
import fr.deffinum.domain.laureate.Laureate;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.ProgrammeHolding;
import fr.deffinum.domain.programme.Programme;
import java.util.List;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The stored laureates read from the event table (which streams exist) and through Axon's laureate
 * repository (what each holds, as the aggregate itself decides it, upcasters and snapshots included),
 * each in a unit of work of its own that writes nothing.
 */
@Component
class EventStoreLaureates implements StoredLaureates {

    private final JdbcTemplate jdbc;
    private final ObjectProvider<Configuration> axon;

    EventStoreLaureates(JdbcTemplate jdbc, ObjectProvider<Configuration> axon) {
        this.jdbc = jdbc;
        this.axon = axon;
    }

    @Override
    public boolean anyProgramme() {
        return any(Programme.class.getSimpleName());
    }

    @Override
    public boolean anyLaureate() {
        return any(Laureate.class.getSimpleName());
    }

    @Override
    public List<Held> holdings() {
        List<String> laureates = jdbc.queryForList("SELECT aggregateidentifier FROM domainevententry"
                + " WHERE type = ? AND sequencenumber = 0 ORDER BY globalindex", String.class,
                Laureate.class.getSimpleName());
        return laureates.stream().map(id -> new Held(new LaureateId(id), holding(id))).toList();
    }

    private boolean any(String type) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM domainevententry WHERE type = ?)", Boolean.class, type));
    }

    private ProgrammeHolding holding(String laureate) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>(laureate));
        try {
            ProgrammeHolding holding = axon.getObject().repository(Laureate.class).load(laureate)
                    .invoke(Laureate::holding);
            unitOfWork.rollback();
            return holding;
        } catch (RuntimeException failure) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(failure);
            }
            throw failure;
        }
    }
}
