package fr.deffinum.domain.proposal.events;

import fr.deffinum.domain.proposal.ProposalId;
import org.axonframework.serialization.Revision;

/** The proposal is closed: approved by {@code approver}. */
@Revision("1")
public record ProposalApproved(ProposalId proposalId, String approver) implements ProposalEvent {
}
