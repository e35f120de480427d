package fr.deffinum.api.laureate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.deffinum.api.document.DocumentResponse;
import fr.deffinum.application.laureate.AmendmentLine;
import fr.deffinum.application.laureate.Evaluation;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.PaymentLine;
import fr.deffinum.application.laureate.RecoveryLine;
import fr.deffinum.domain.laureate.Scope;
import java.time.LocalDate;
import java.util.List;

/** A laureate in full: the summary, what was published, the decision, payments, evaluation, corrections and documents. */
public record LaureateDetail(@JsonUnwrapped LaureateSummary summary, String sectorsAsPublished, Scope scope,
                             String strategy, LocalDate selectedOn, String decisionReference, LocalDate notifiedOn,
                             List<PaymentLine> payments, Evaluation evaluation, List<RecoveryLine> recoveries,
                             List<AmendmentLine> amendments, LocalDate withdrawnOn,
                             String siret, List<DocumentResponse> documents) {

    static LaureateDetail of(LaureateView v, List<DocumentResponse> documents) {
        return new LaureateDetail(LaureateSummary.of(v), v.sectorsAsPublished(), v.scope(), v.strategy(),
                v.selectedOn(), v.decisionReference(), v.notifiedOn(), v.payments(), v.evaluation(), v.recoveries(),
                v.amendments(), v.withdrawnOn(), v.siret(), documents);
    }
}
