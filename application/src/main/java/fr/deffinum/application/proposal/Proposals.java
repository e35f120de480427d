package fr.deffinum.application.proposal;

import fr.deffinum.application.laureate.ConcurrentAppends;
import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.LaureateViews;
import fr.deffinum.application.laureate.LaureatesInUnitOfWork;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.laureate.ReadSideBehind;
import fr.deffinum.application.laureate.ReadYourWritesProperties;
import fr.deffinum.application.programme.Programmes;
import fr.deffinum.application.programme.ProgrammeView;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.laureate.commands.ProposableStep;
import fr.deffinum.domain.programme.ApprovalPolicy;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.proposal.ProposalId;
import fr.deffinum.domain.proposal.commands.ApproveProposal;
import fr.deffinum.domain.proposal.commands.ProposeSteps;
import fr.deffinum.domain.proposal.commands.RejectProposal;
import fr.deffinum.domain.proposal.commands.WithdrawProposal;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Two signatures for every euro. A step the programme's approval policy holds is <em>proposed</em>:
 * its rules are checked then, by sending it in a unit of work that is always rolled back (the
 * laureate's rules and the envelope's alike, exactly as a recording would check them), and only the
 * proposal is recorded. Another person's <em>approval</em> records the approval and every step of
 * the proposal in one unit of work and one transaction, checked again on the laureates as they
 * stand then: all of it is recorded, or none. A step the policy does not hold is recorded at once.
 * <p>
 * The steps an approval records carry the proposer as their actor, the approver and the proposal in
 * their metadata, and the proposal's reason.
 */
@Service
public class Proposals {

    private static final int ATTEMPTS = 3;

    private final CommandGateway commands;
    private final Configuration axon;
    private final TransactionManager transactions;
    private final EventStore events;
    private final LaureateRecorder recorder;
    private final LaureateViews laureates;
    private final Programmes programmes;
    private final ProposalViews proposals;
    private final ApprovalPolicy defaultPolicy;
    private final Duration readYourWritesWait;

    public Proposals(CommandGateway commands, Configuration axon, TransactionManager transactions, EventStore events,
                     LaureateRecorder recorder, LaureateViews laureates, Programmes programmes,
                     ProposalViews proposals, ApprovalsProperties approvals, ReadYourWritesProperties readYourWrites) {
        this.commands = commands;
        this.axon = axon;
        this.transactions = transactions;
        this.events = events;
        this.recorder = recorder;
        this.laureates = laureates;
        this.programmes = programmes;
        this.proposals = proposals;
        this.defaultPolicy = approvals.defaultPolicy();
        this.readYourWritesWait = readYourWrites.readYourWritesWait();
    }

    /** The policy in force for {@code programme}: the one last recorded, else the default. */
    public ApprovalPolicy policy(ProgrammeView programme) {
        return programme.approvalPolicy() == null ? defaultPolicy : programme.approvalPolicy();
    }

    /** Whether {@code step} waits for a second person in the programme its laureate belongs to now. */
    public boolean requiresApproval(ProposableStep step) {
        return programmeOf(step.laureateId()).map(programme -> policy(programme)
                .requiresApproval(step.operation(), step.amount())).orElse(false);
    }

    /** The policy in force for the programme {@code code}; none holds anything in a programme not recorded. */
    public ApprovalPolicy policy(ProgrammeCode code) {
        return programmes.find(code).map(this::policy).orElse(new ApprovalPolicy(Set.of(), null));
    }

    /**
     * Records {@code step} at once, or proposes it when the policy holds it; refused as a recording
     * would be, with nothing recorded, when a rule forbids it now.
     */
    public Submitted submit(ProposableStep step, Provenance provenance, OptionalLong expectedVersion) {
        if (!requiresApproval(step)) {
            return new Submitted.Recorded(recorder.record(step.laureateId(), step, provenance, expectedVersion));
        }
        return new Submitted.Proposed(propose(List.of(step), provenance, expectedVersion));
    }

    /**
     * Proposes these steps as one: checked together now, recorded together once approved. The
     * documents {@code provenance} cites are the proposal's evidence, and the steps' once recorded.
     */
    public ProposalView propose(List<ProposableStep> steps, Provenance provenance, OptionalLong expectedVersion) {
        tryOut(steps, provenance, expectedVersion);
        return proposeChecked(steps, provenance);
    }

    /** Proposes steps the caller has just checked together, in a unit of work it rolled back (a file's lines). */
    public ProposalView proposeChecked(List<ProposableStep> steps, Provenance provenance) {
        Map<String, ProgrammeCode> programmeOf = new HashMap<>();
        laureates.keys().forEach(laureate -> programmeOf.put(laureate.id(), laureate.programme()));
        Set<ProgrammeCode> concerned = new LinkedHashSet<>();
        steps.stream().map(step -> programmeOf.get(step.laureateId().value())).filter(Objects::nonNull).distinct()
                .forEach(code -> programmes.find(code).ifPresent(programme -> concerned.add(programme.code())));
        ProposalId id = ProposalId.random();
        send(new ProposeSteps(id, steps, concerned, provenance.documents(), provenance.actor()), provenance.asMetaData());
        return await(id);
    }

    /**
     * Approves the proposal and records its steps, refused with the rule a step breaks now (the
     * proposal then stays pending), with {@code SAME_ACTOR} for its proposer, with
     * {@code PROPOSAL_CLOSED} once closed, by another approval at the same moment included.
     */
    public ProposalView approve(ProposalId id, Provenance approver) {
        ProposalView proposal = find(id);
        Map<String, Object> onSteps = new HashMap<>(new Provenance(proposal.proposedBy(), proposal.reason(),
                approver.correlationId(), proposal.documents()).asMetaData());
        onSteps.put(Provenance.APPROVED_BY, approver.actor());
        onSteps.put(Provenance.PROPOSAL_ID, id.value());
        for (int attempt = 1; ; attempt++) {
            try {
                inOneTransaction(() -> {
                    send(new ApproveProposal(id, approver.actor()), approver.asMetaData());
                    LaureatesInUnitOfWork.load(axon, proposal.steps().stream().map(ProposableStep::laureateId).toList());
                    proposal.steps().forEach(step -> send(step, onSteps));
                }, false);
                break;
            } catch (RuntimeException failure) {
                // another write on the proposal or a laureate committed first: decide again on what it left
                if (!ConcurrentAppends.lostTheRace(failure) || attempt == ATTEMPTS) {
                    throw failure;
                }
            }
        }
        proposal.steps().stream().map(ProposableStep::laureateId).distinct().forEach(recorder::awaitRecorded);
        return await(id);
    }

    public ProposalView reject(ProposalId id, Provenance rejecter) {
        find(id);
        send(new RejectProposal(id, rejecter.actor()), rejecter.asMetaData());
        return await(id);
    }

    public ProposalView withdraw(ProposalId id, Provenance author) {
        find(id);
        send(new WithdrawProposal(id, author.actor()), author.asMetaData());
        return await(id);
    }

    /** The laureate as it stands once the read side shows every step recorded on it. */
    public LaureateView laureate(LaureateId id) {
        return recorder.awaitRecorded(id);
    }

    private ProposalView find(ProposalId id) {
        return proposals.find(id).orElseThrow(() -> new UnknownProposal(id));
    }

    /** Sends the steps in a unit of work that is rolled back whatever happens: their rules checked, nothing recorded. */
    private void tryOut(List<ProposableStep> steps, Provenance provenance, OptionalLong expectedVersion) {
        Map<String, Object> metaData = new HashMap<>(provenance.asMetaData());
        expectedVersion.ifPresent(version -> metaData.put(LaureateRecorder.EXPECTED_VERSION, version));
        inOneTransaction(() -> steps.forEach(step -> send(step, metaData)), true);
    }

    private void inOneTransaction(Runnable work, boolean rollBack) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("proposal"));
        try {
            unitOfWork.attachTransaction(transactions);
            work.run();
            if (rollBack) {
                unitOfWork.rollback();
            } else {
                unitOfWork.commit();
            }
        } catch (RuntimeException failure) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(failure);
            }
            throw failure;
        }
    }

    private void send(Object command, Map<String, ?> metaData) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
        try {
            commands.sendAndWait(message);
        } catch (AggregateNotFoundException unknown) {
            throw new RuleViolation(Rule.PROGRAMME_NOT_FOUND, unknown.getMessage());
        }
    }

    private Optional<ProgrammeView> programmeOf(LaureateId laureate) {
        return laureates.find(laureate.value()).flatMap(view -> programmes.find(view.programme()));
    }

    private ProposalView await(ProposalId id) {
        long version = events.lastSequenceNumberFor(id.value()).orElseThrow();
        return proposals.awaitVersion(id, version, readYourWritesWait)
                .orElseThrow(() -> new ReadSideBehind(id.value(), version));
    }
}
