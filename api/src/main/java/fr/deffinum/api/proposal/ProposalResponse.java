package fr.deffinum.api.proposal;

import fr.deffinum.application.proposal.ProposalView;
import fr.deffinum.domain.laureate.commands.ProposableStep;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.proposal.ProposalState;
import java.time.Instant;
import java.util.List;

/** A proposal as the API shows it: what is proposed, by whom, and how it was closed, if it was. */
public record ProposalResponse(String proposalId, ProposalState state, String operation, String laureate,
                               List<String> programmes, Money amount, String proposedBy, Instant proposedAt,
                               String reason, List<String> documents, List<ProposableStep> steps, String decidedBy,
                               Instant decidedAt, String decisionReason) {

    public static ProposalResponse of(ProposalView v) {
        return new ProposalResponse(v.proposalId().value(), v.state(), v.operation(),
                v.laureate() == null ? null : v.laureate().value(),
                v.programmes().stream().map(ProgrammeCode::value).sorted().toList(), v.amount(), v.proposedBy(),
                v.proposedAt(), v.reason(), v.documents(), v.steps(), v.decidedBy(), v.decidedAt(), v.decisionReason());
    }
}
