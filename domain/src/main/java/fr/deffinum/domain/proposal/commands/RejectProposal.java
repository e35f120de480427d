package fr.deffinum.domain.proposal.commands;

import fr.deffinum.domain.proposal.ProposalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A second person rejects the proposal: nothing of it is recorded on the laureates. */
public record RejectProposal(@TargetAggregateIdentifier ProposalId proposalId, String rejecter) {
}
