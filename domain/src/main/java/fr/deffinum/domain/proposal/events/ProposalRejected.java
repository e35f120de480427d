package fr.deffinum.domain.proposal.events;

import fr.deffinum.domain.proposal.ProposalId;
import org.axonframework.serialization.Revision;

/** The proposal is closed: rejected by {@code rejecter}. */
@Revision("1")
public record ProposalRejected(ProposalId proposalId, String rejecter) implements ProposalEvent {
}
