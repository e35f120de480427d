package fr.deffinum.domain.proposal.events;

import fr.deffinum.domain.proposal.ProposalId;

/** Every event of a proposal names it. */
public sealed interface ProposalEvent permits StepsProposed, ProposalApproved, ProposalRejected, ProposalWithdrawn {

    ProposalId proposalId();
}
