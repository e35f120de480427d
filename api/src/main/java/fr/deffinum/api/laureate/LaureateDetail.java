package fr.deffinum.api.laureate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.deffinum.api.document.DocumentResponse;
import fr.deffinum.application.convention.ConventionView;
import fr.deffinum.application.laureate.AmendmentLine;
import fr.deffinum.application.laureate.Evaluation;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.PaymentLine;
import fr.deffinum.application.laureate.RecoveryLine;
import fr.deffinum.api.proposal.ProposalResponse;
import fr.deffinum.application.proposal.ProposalView;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.Scope;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A laureate in full: the summary, what was published, the decision, payments, evaluation, corrections,
 * documents, what is proposed on it, and its convention with each tranche's state (null before one is signed).
 */
public record LaureateDetail(@JsonUnwrapped LaureateSummary summary, String sectorsAsPublished, Scope scope,
                             String strategy, LocalDate selectedOn, String decisionReference, LocalDate notifiedOn,
                             List<PaymentLine> payments, Evaluation evaluation, List<RecoveryLine> recoveries,
                             List<AmendmentLine> amendments, LocalDate withdrawnOn,
                             String siret, List<DocumentResponse> documents, Money proposed,
                             List<ProposalResponse> pendingProposals, ConventionView convention) {

    /** {@code pending}: the proposals waiting on it, whose amounts add up to {@code proposed}, beside the firm and paid ones. */
    static LaureateDetail of(LaureateView v, List<DocumentResponse> documents, List<ProposalView> pending,
                             ConventionView convention) {
        return new LaureateDetail(LaureateSummary.of(v), v.sectorsAsPublished(), v.scope(), v.strategy(),
                v.selectedOn(), v.decisionReference(), v.notifiedOn(), v.payments(), v.evaluation(), v.recoveries(),
                v.amendments(), v.withdrawnOn(), v.siret(), documents,
                pending.stream().map(proposal -> proposal.amountFor(new LaureateId(v.id()))).reduce(Money.ZERO, Money::plus),
                pending.stream().map(ProposalResponse::of).toList(), convention);
    }
}
