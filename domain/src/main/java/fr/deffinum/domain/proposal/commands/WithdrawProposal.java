package fr.deffinum.domain.proposal.commands;

import fr.deffinum.domain.proposal.ProposalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Its author takes the proposal back while it is pending. */
public record WithdrawProposal(@TargetAggregateIdentifier ProposalId proposalId, String author) {
}
