package fr.deffinum.application.laureate;

import fr.deffinum.application.ledger.AmountsLedger;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.commands.AmendAward;
import fr.deffinum.domain.laureate.commands.CancelPayment;
import fr.deffinum.domain.laureate.commands.EvaluateLaureate;
import fr.deffinum.domain.laureate.commands.MakePayment;
import fr.deffinum.domain.laureate.commands.NotifyDecision;
import fr.deffinum.domain.laureate.commands.RedirectLaureate;
import fr.deffinum.domain.laureate.commands.RecordRecovery;
import fr.deffinum.domain.laureate.commands.SelectLaureate;
import fr.deffinum.domain.laureate.commands.WithdrawLaureate;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Service;

/**
 * Records a step of a laureate's lifecycle with its provenance, then answers with the laureate as
 * the read side shows it once that step is in (read-your-writes), in the current view and in the
 * amounts ledger alike.
 */
@Service
public class LaureateRecorder {

    /** Command metadata: the laureate version the sender last read; the command is refused if it moved on. */
    public static final String EXPECTED_VERSION = "expectedVersion";

    private final CommandGateway commands;
    private final EventStore events;
    private final LaureateViews views;
    private final Duration readYourWritesWait;
    private final AmountsLedger ledger;
    private final TransactionManager transactions;

    public LaureateRecorder(CommandGateway commands, EventStore events, LaureateViews views,
                            ReadYourWritesProperties properties, AmountsLedger ledger,
                            TransactionManager transactions) {
        this.transactions = transactions;
        this.commands = commands;
        this.events = events;
        this.views = views;
        this.readYourWritesWait = properties.readYourWritesWait();
        this.ledger = ledger;
    }

    public LaureateView select(SelectLaureate command, Provenance provenance) {
        return record(command.laureateId(), command, provenance);
    }

    public LaureateView redirect(RedirectLaureate command, Provenance provenance) {
        return record(command.laureateId(), command, provenance);
    }

    public LaureateView notify(NotifyDecision command, Provenance provenance) {
        return record(command.laureateId(), command, provenance);
    }

    public LaureateView pay(MakePayment command, Provenance provenance) {
        return record(command.laureateId(), command, provenance);
    }

    public LaureateView evaluate(EvaluateLaureate command, Provenance provenance) {
        return record(command.laureateId(), command, provenance);
    }

    public LaureateView amend(AmendAward command, Provenance provenance) {
        return record(command.laureateId(), command, provenance);
    }

    public LaureateView cancelPayment(CancelPayment command, Provenance provenance) {
        return record(command.laureateId(), command, provenance);
    }

    public LaureateView recover(RecordRecovery command, Provenance provenance) {
        return record(command.laureateId(), command, provenance);
    }

    public LaureateView withdraw(WithdrawLaureate command, Provenance provenance) {
        return record(command.laureateId(), command, provenance);
    }

    /** Sends without waiting for the read side: for bulk imports that wait once at the end. */
    public void send(Object command, Provenance provenance) {
        dispatch(command, provenance);
    }

    public boolean exists(LaureateId id) {
        return exists(id.value());
    }

    /** Whether any event was recorded on the aggregate {@code id}, a laureate or a programme. */
    public boolean exists(String id) {
        return events.lastSequenceNumberFor(id).isPresent();
    }

    /** Records a step of laureate {@code id}, refused if {@code expectedVersion} is given and the laureate moved on. */
    public LaureateView record(LaureateId id, Object command, Provenance provenance, OptionalLong expectedVersion) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(provenance.asMetaData());
        if (expectedVersion.isPresent()) {
            message = message.andMetaData(Map.of(EXPECTED_VERSION, expectedVersion.getAsLong()));
        }
        return record(id, message);
    }

    /**
     * Records a step of laureate {@code id} and, once the laureate accepted it, runs {@code alongside}
     * in the same unit of work and database transaction: a write of the step's own (a document's
     * bytes) is committed with the step's events, or neither is.
     */
    public LaureateView recordWith(LaureateId id, Object command, Provenance provenance, Runnable alongside) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>(id.value()));
        Object result;
        try {
            unitOfWork.attachTransaction(transactions);
            result = dispatch(command, provenance);
            alongside.run();
            unitOfWork.commit();
        } catch (RuntimeException failure) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(failure);
            }
            throw failure;
        }
        return visible(id, result);
    }

    private LaureateView record(LaureateId id, Object command, Provenance provenance) {
        return record(id, command, provenance, OptionalLong.empty());
    }

    private LaureateView record(LaureateId id, CommandMessage<?> command) {
        return visible(id, commands.sendAndWait(command));
    }

    private LaureateView visible(LaureateId id, Object result) {
        // A step on an existing laureate answers with its version; only a selection asks the store.
        long version = result instanceof Long applied ? applied : events.lastSequenceNumberFor(id.value()).orElseThrow();
        return awaitVersion(id, version);
    }

    /** The laureate once the read side shows every event recorded on it so far: after steps sent in a unit of work of their own. */
    public LaureateView awaitRecorded(LaureateId id) {
        return awaitVersion(id, events.lastSequenceNumberFor(id.value()).orElseThrow());
    }

    private LaureateView awaitVersion(LaureateId id, long version) {
        long deadline = System.nanoTime() + readYourWritesWait.toNanos();
        LaureateView view = views.awaitVersion(id.value(), version, readYourWritesWait)
                .orElseThrow(() -> new ReadSideBehind(id.value(), version));
        if (!ledger.awaitSequence(id.value(), version, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
            throw new ReadSideBehind(id.value(), version);
        }
        return view;
    }

    private Object dispatch(Object command, Provenance provenance) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(provenance.asMetaData()));
    }
}
