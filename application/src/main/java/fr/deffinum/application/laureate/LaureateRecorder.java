package fr.deffinum.application.laureate;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.commands.EvaluateLaureate;
import fr.deffinum.domain.laureate.commands.MakePayment;
import fr.deffinum.domain.laureate.commands.NotifyDecision;
import fr.deffinum.domain.laureate.commands.RedirectToCma;
import fr.deffinum.domain.laureate.commands.SelectLaureate;
import java.time.Duration;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Records a step of a laureate's lifecycle with its provenance, then answers with the laureate as
 * the read side shows it once that step is in (read-your-writes).
 */
@Service
public class LaureateRecorder {

    private final CommandGateway commands;
    private final EventStore events;
    private final LaureateViews views;
    private final Duration readYourWritesWait;

    public LaureateRecorder(CommandGateway commands, EventStore events, LaureateViews views,
                            @Value("${deffinum.read-your-writes-wait:PT10S}") Duration readYourWritesWait) {
        this.commands = commands;
        this.events = events;
        this.views = views;
        this.readYourWritesWait = readYourWritesWait;
    }

    public LaureateView select(SelectLaureate command, Provenance provenance) {
        return record(command.laureateId(), command, provenance);
    }

    public LaureateView redirect(RedirectToCma command, Provenance provenance) {
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

    /** Sends without waiting for the read side: for bulk imports that wait once at the end. */
    public void send(Object command, Provenance provenance) {
        dispatch(command, provenance);
    }

    public boolean exists(LaureateId id) {
        return events.lastSequenceNumberFor(id.value()).isPresent();
    }

    private LaureateView record(LaureateId id, Object command, Provenance provenance) {
        Object result = dispatch(command, provenance);
        // A step on an existing laureate answers with its version; only a selection asks the store.
        long version = result instanceof Long applied ? applied : events.lastSequenceNumberFor(id.value()).orElseThrow();
        return views.awaitVersion(id.value(), version, readYourWritesWait)
                .orElseThrow(() -> new ReadSideBehind(id.value(), version));
    }

    private Object dispatch(Object command, Provenance provenance) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(provenance.asMetaData()));
    }
}
