package fr.deffinum.domain.proposal.commands;

import fr.deffinum.domain.laureate.commands.ProposableStep;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.proposal.ProposalId;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Propose steps to record on laureates once another person approves them, all together or none:
 * one step for an officer's request, every line of a file for an import. {@code programmes} are
 * those of the laureates concerned; {@code documents} the ids of the evidence cited.
 */
public record ProposeSteps(@TargetAggregateIdentifier ProposalId proposalId, List<ProposableStep> steps,
                           Set<ProgrammeCode> programmes, List<String> documents, String proposer) {
}
