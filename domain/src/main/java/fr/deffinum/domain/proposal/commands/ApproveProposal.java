package fr.deffinum.domain.proposal.commands;

import fr.deffinum.domain.proposal.ProposalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A second person approves the proposal: its steps are recorded in the same unit of work. */
public record ApproveProposal(@TargetAggregateIdentifier ProposalId proposalId, String approver) {
}
