package fr.deffinum.application.programme;

import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.laureate.ReadSideBehind;
import fr.deffinum.application.laureate.ReadYourWritesProperties;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.programme.commands.AssignOfficers;
import fr.deffinum.domain.programme.commands.ChangeEnvelope;
import fr.deffinum.domain.programme.commands.OpenProgramme;
import fr.deffinum.domain.programme.commands.SetApprovalPolicy;
import fr.deffinum.domain.programme.commands.SetDeadlines;
import java.time.Duration;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Service;

/**
 * Records what a programme office decides about a programme (opening it, its envelope, its
 * officers, its approval policy) with its provenance, then answers with the programme as the read side shows it once
 * that decision is in (read-your-writes). A decision that changes nothing (the same officers again)
 * answers with the programme as it stands.
 */
@Service
public class ProgrammeRecorder {

    private final CommandGateway commands;
    private final EventStore events;
    private final Programmes programmes;
    private final Duration readYourWritesWait;

    public ProgrammeRecorder(CommandGateway commands, EventStore events, Programmes programmes,
                             ReadYourWritesProperties properties) {
        this.commands = commands;
        this.events = events;
        this.programmes = programmes;
        this.readYourWritesWait = properties.readYourWritesWait();
    }

    /** Refused with {@link ProgrammeExists} when the code is taken, even by an opening racing this one. */
    public ProgrammeView open(OpenProgramme command, Provenance provenance) {
        if (exists(command.code())) {
            throw new ProgrammeExists(command.code());
        }
        try {
            return record(command.code(), command, provenance);
        } catch (AggregateStreamCreationException taken) {
            throw new ProgrammeExists(command.code());
        }
    }

    public ProgrammeView changeEnvelope(ChangeEnvelope command, Provenance provenance) {
        return record(command.code(), command, provenance);
    }

    /** The set replaces the previous one; the seed and the programme office call it alike. */
    public ProgrammeView assignOfficers(AssignOfficers command, Provenance provenance) {
        return record(command.code(), command, provenance);
    }

    /** Stating the policy in force again changes nothing. */
    public ProgrammeView setApprovalPolicy(SetApprovalPolicy command, Provenance provenance) {
        return record(command.code(), command, provenance);
    }

    public ProgrammeView setDeadlines(SetDeadlines command, Provenance provenance) {
        return record(command.code(), command, provenance);
    }

    public boolean exists(ProgrammeCode code) {
        return events.lastSequenceNumberFor(code.value()).isPresent();
    }

    private ProgrammeView record(ProgrammeCode code, Object command, Provenance provenance) {
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(provenance.asMetaData()));
        } catch (AggregateNotFoundException unknown) {
            throw new RuleViolation(Rule.PROGRAMME_NOT_FOUND, "programme " + code);
        }
        // The programme's stream is shared with its laureates' reservations: its last version is at
        // least the one this command wrote, and the read model folds them all.
        long version = events.lastSequenceNumberFor(code.value()).orElseThrow();
        return programmes.awaitVersion(code, version, readYourWritesWait)
                .orElseThrow(() -> new ReadSideBehind(code.value(), version));
    }
}
