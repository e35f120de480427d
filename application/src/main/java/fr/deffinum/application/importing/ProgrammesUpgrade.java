package fr.deffinum.application.importing;

import fr.deffinum.application.importing.StoredLaureates.Held;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.programme.commands.OpenProgramme;
import fr.deffinum.domain.programme.commands.ReserveExposure;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Gives a store written before programmes were data the programme streams its laureates need, and
 * nothing else: its laureates were all selected into DEFFINUM (some redirected to CMA since), with
 * no programme event. DEFFINUM and CMA are opened as the seed opens them, then each laureate's
 * {@code holding()} (its maximum, its firm amount once decided, what it keeps once withdrawn, as
 * its own aggregate decides it) is reserved on its current programme, dated on its latest step,
 * so that its later steps release and reserve from there. The laureates' events are not touched.
 * <p>
 * All of it is one unit of work and one transaction: the upgrade is recorded whole or not at all,
 * and a store that has any programme event is never upgraded again. A programme opens no later
 * than the earliest holding it takes; should the stored laureates hold more than DEFFINUM's
 * envelope (nothing refused it before), DEFFINUM is opened with no envelope and a warning says so:
 * an administrator states it once the exposure is back under it.
 */
@Service
public class ProgrammesUpgrade {

    static final String ACTOR = "system:upgrade";
    static final String REASON = "Programmes enregistrés comme données : ouverture de DEFFINUM et de CMA et réservation"
            + " de ce qu'engage chaque lauréat déjà enregistré";
    static final String CORRELATION_ID = "programmes-as-data";
    private static final Logger log = LoggerFactory.getLogger(ProgrammesUpgrade.class);

    private final StoredLaureates stored;
    private final CommandGateway commands;
    private final TransactionManager transactions;
    private final LocalDate selectedOn;

    public ProgrammesUpgrade(StoredLaureates stored, CommandGateway commands, TransactionManager transactions,
                             SeedProperties seed) {
        this.stored = stored;
        this.commands = commands;
        this.transactions = transactions;
        this.selectedOn = seed.selectionDate();
    }

    /** Returns how many programme events it recorded: none where the store already has programmes, or no laureate. */
    public int run() {
        if (stored.anyProgramme() || !stored.anyLaureate()) {
            return 0;
        }
        List<Held> holdings = stored.holdings().stream().filter(held -> !held.holding().amount().isZero()).toList();
        Set<ProgrammeCode> known = Set.of(PressReleaseImport.DEFFINUM, PressReleaseImport.CMA);
        holdings.stream().filter(held -> !known.contains(held.holding().programme())).findFirst().ifPresent(held -> {
            throw new IllegalStateException("Laureate " + held.laureate() + " is in programme "
                    + held.holding().programme() + ", which a store written before programmes cannot hold");
        });
        Money deffinum = held(holdings, PressReleaseImport.DEFFINUM);
        Money envelope = PressReleaseImport.DEFFINUM_ENVELOPE;
        if (deffinum.isGreaterThan(envelope)) {
            log.warn("The stored laureates hold {} of DEFFINUM, above its envelope of {}: DEFFINUM is opened with no"
                    + " envelope; state it once the exposure is back under it", deffinum, envelope);
            envelope = null;
        }
        try {
            recordAllOrNone(List.of(
                    PressReleaseImport.openingOfDeffinum(openedOn(holdings, PressReleaseImport.DEFFINUM, selectedOn),
                            envelope),
                    PressReleaseImport.openingOfCma(openedOn(holdings, PressReleaseImport.CMA,
                            PressReleaseImport.CMA_OPENED_ON))), holdings);
        } catch (AggregateStreamCreationException | ConcurrencyException another) {
            log.info("Another instance opened the programmes of the stored laureates first: nothing recorded here");
            return 0;
        }
        log.info("Programmes as data: DEFFINUM and CMA opened, {} reservations recorded for the stored laureates"
                + " (DEFFINUM {}, CMA {})", holdings.size(), deffinum, held(holdings, PressReleaseImport.CMA));
        return 2 + holdings.size();
    }

    private void recordAllOrNone(List<OpenProgramme> openings, List<Held> holdings) {
        Provenance provenance = new Provenance(ACTOR, REASON, CORRELATION_ID);
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>(CORRELATION_ID));
        try {
            unitOfWork.attachTransaction(transactions);
            openings.forEach(opening -> send(opening, provenance));
            holdings.forEach(held -> send(new ReserveExposure(held.holding().programme(), held.laureate(),
                    held.holding().amount(), held.holding().since()), provenance));
            unitOfWork.commit();
        } catch (RuntimeException failure) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(failure);
            }
            throw failure;
        }
    }

    private void send(Object command, Provenance provenance) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(provenance.asMetaData()));
    }

    private static Money held(List<Held> holdings, ProgrammeCode programme) {
        return holdings.stream().filter(held -> held.holding().programme().equals(programme))
                .map(held -> held.holding().amount()).reduce(Money.ZERO, Money::plus);
    }

    private static LocalDate openedOn(List<Held> holdings, ProgrammeCode programme, LocalDate otherwise) {
        return holdings.stream().filter(held -> held.holding().programme().equals(programme))
                .map(held -> held.holding().since()).filter(since -> since.isBefore(otherwise))
                .min(LocalDate::compareTo).orElse(otherwise);
    }
}
