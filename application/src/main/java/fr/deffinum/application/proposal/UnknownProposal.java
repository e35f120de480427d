package fr.deffinum.application.proposal;

import fr.deffinum.domain.proposal.ProposalId;

/** No proposal has this id. */
public class UnknownProposal extends RuntimeException {

    private final String id;

    public UnknownProposal(ProposalId id) {
        this(id.value());
    }

    public UnknownProposal(String id) {
        super("No proposal " + id);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
