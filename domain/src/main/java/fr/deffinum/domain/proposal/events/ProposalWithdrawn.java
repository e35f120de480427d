package fr.deffinum.domain.proposal.events;

import fr.deffinum.domain.proposal.ProposalId;
import org.axonframework.serialization.Revision;

/** The proposal is closed: withdrawn by {@code author}. */
@Revision("1")
public record ProposalWithdrawn(ProposalId proposalId, String author) implements ProposalEvent {
}
