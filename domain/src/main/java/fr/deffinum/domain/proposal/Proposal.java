package fr.deffinum.domain.proposal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.proposal.commands.ApproveProposal;
import fr.deffinum.domain.proposal.commands.ProposeSteps;
import fr.deffinum.domain.proposal.commands.RejectProposal;
import fr.deffinum.domain.proposal.commands.WithdrawProposal;
import fr.deffinum.domain.proposal.events.ProposalApproved;
import fr.deffinum.domain.proposal.events.ProposalRejected;
import fr.deffinum.domain.proposal.events.ProposalWithdrawn;
import fr.deffinum.domain.proposal.events.StepsProposed;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * Steps on laureates that wait for a second person: the four-eyes principle of public finance,
 * where the one who orders a payment never validates it.
 * <p>
 * A proposal is made by its <em>proposer</em>, then closed once: <em>approved</em> or
 * <em>rejected</em> by someone else (the proposer never decides on their own proposal), or
 * <em>withdrawn</em> by the proposer. Its stream's (aggregate, sequence) key decides between two
 * people closing it at the same moment: one appends, the other finds it closed. Whether the steps
 * still hold on the laureates is decided where they are recorded, in the approval's unit of work.
 */
public class Proposal {

    @AggregateIdentifier
    private ProposalId proposalId;
    private String proposer;
    private ProposalState state;

    protected Proposal() {
    }

    @CommandHandler
    public Proposal(ProposeSteps command) {
        if (command.steps().isEmpty()) {
            throw new IllegalArgumentException("a proposal holds at least one step");
        }
        apply(new StepsProposed(command.proposalId(), command.steps(), command.programmes(), command.documents(),
                command.proposer()));
    }

    @CommandHandler
    public void handle(ApproveProposal command) {
        requireDecidable(command.approver());
        apply(new ProposalApproved(proposalId, command.approver()));
    }

    @CommandHandler
    public void handle(RejectProposal command) {
        requireDecidable(command.rejecter());
        apply(new ProposalRejected(proposalId, command.rejecter()));
    }

    @CommandHandler
    public void handle(WithdrawProposal command) {
        requirePending();
        if (!proposer.equals(command.author())) {
            throw new RuleViolation(Rule.NOT_PROPOSER, command.author() + " did not propose " + proposalId);
        }
        apply(new ProposalWithdrawn(proposalId, command.author()));
    }

    private void requireDecidable(String person) {
        requirePending();
        if (proposer.equals(person)) {
            throw new RuleViolation(Rule.SAME_ACTOR, person + " proposed " + proposalId);
        }
    }

    private void requirePending() {
        if (state != ProposalState.PENDING) {
            throw new RuleViolation(Rule.PROPOSAL_CLOSED, proposalId + " is " + state);
        }
    }

    @EventSourcingHandler
    void on(StepsProposed event) {
        proposalId = event.proposalId();
        proposer = event.proposer();
        state = ProposalState.PENDING;
    }

    @EventSourcingHandler
    void on(ProposalApproved event) {
        state = ProposalState.APPROVED;
    }

    @EventSourcingHandler
    void on(ProposalRejected event) {
        state = ProposalState.REJECTED;
    }

    @EventSourcingHandler
    void on(ProposalWithdrawn event) {
        state = ProposalState.WITHDRAWN;
    }
}
