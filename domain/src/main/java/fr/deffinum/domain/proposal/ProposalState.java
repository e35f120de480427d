package fr.deffinum.domain.proposal;

/** Where a proposal stands: waiting for a second person, or closed one way or another. */
public enum ProposalState {
    PENDING, APPROVED, REJECTED, WITHDRAWN
}
