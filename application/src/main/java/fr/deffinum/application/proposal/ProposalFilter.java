package fr.deffinum.application.proposal;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.proposal.ProposalState;

/** Which proposals to list; a null criterion keeps every one. */
public record ProposalFilter(ProposalState state, ProgrammeCode programme, LaureateId laureate) {
}
