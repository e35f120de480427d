package fr.deffinum.api.web.laureate;

import fr.deffinum.api.problem.LaureateNotFound;
import fr.deffinum.api.security.ProgrammeOfficers;
import fr.deffinum.api.web.FormErrors;
import fr.deffinum.application.audit.LaureateHistory;
import fr.deffinum.application.convention.Schedules;
import fr.deffinum.application.document.Documents;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.LaureateViews;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.application.proposal.ProposalFilter;
import fr.deffinum.application.proposal.ProposalViews;
import fr.deffinum.domain.laureate.DocumentKind;
import fr.deffinum.domain.laureate.EvaluationOutcome;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of a laureate's page: the laureate, its timeline, its proposals (the amount of
 * those pending as {@code proposed}), and each form either as
 * submitted (with its errors) or empty. The forms are shown only to whom may record in the
 * laureate's programme ({@code canRecord}); an officer of other programmes is told why not
 * ({@code notOfficerHere}).
 */
@Component
class LaureateSheet {

    static final String VIEW = "laureates/detail";

    private final LaureateViews views;
    private final LaureateHistory history;
    private final ProgrammeOfficers officers;
    private final ProposalViews proposals;
    private final Documents documents;
    private final Schedules schedules;

    LaureateSheet(LaureateViews views, LaureateHistory history, ProgrammeOfficers officers, ProposalViews proposals,
                  Documents documents, Schedules schedules) {
        this.schedules = schedules;
        this.views = views;
        this.history = history;
        this.officers = officers;
        this.proposals = proposals;
        this.documents = documents;
    }

    LaureateView find(String id) {
        return views.find(id).orElseThrow(() -> new LaureateNotFound(id));
    }

    String render(String id, Model model) {
        LaureateView laureate = find(id);
        model.addAttribute("laureate", laureate);
        boolean recorder = Boolean.TRUE.equals(model.getAttribute("canRecord"));
        boolean here = recorder && officers.mayRecord(SecurityContextHolder.getContext().getAuthentication(),
                laureate.programme());
        model.addAttribute("canRecord", here);
        model.addAttribute("notOfficerHere", recorder && !here);
        model.addAttribute("timeline", history.of(id));
        model.addAttribute("proposals", proposals.search(new ProposalFilter(null, null, new LaureateId(id))));
        model.addAttribute("proposed", proposals.pendingAmount(new LaureateId(id)));
        model.addAttribute("steps", OpenSteps.of(laureate));
        model.addAttribute("paymentKinds", PaymentKind.values());
        model.addAttribute("outcomes", EvaluationOutcome.values());
        model.addAttribute("documents", documents.of(id, PointInTime.NOW));
        model.addAttribute("documentKinds", DocumentKind.values());
        model.addAttribute("convention", schedules.of(new LaureateId(id), PointInTime.NOW).orElse(null));
        model.addAttribute("documentMaxSize", documents.maxSize());
        addIfAbsent(model, NotificationForm.NAME, NotificationForm.empty());
        addIfAbsent(model, RedirectionForm.NAME, RedirectionForm.empty());
        addIfAbsent(model, PaymentForm.NAME,
                PaymentForm.suggested(laureate.reference() + "-V" + (laureate.payments().size() + 1)));
        addIfAbsent(model, EvaluationForm.NAME, EvaluationForm.empty());
        model.addAttribute("corrections", OpenCorrections.of(laureate));
        addIfAbsent(model, AmendmentForm.NAME, AmendmentForm.empty());
        addIfAbsent(model, CancellationForm.NAME, CancellationForm.empty());
        addIfAbsent(model, RecoveryForm.NAME,
                RecoveryForm.suggested(laureate.reference() + "-R" + (laureate.recoveries().size() + 1)));
        addIfAbsent(model, WithdrawalForm.NAME, WithdrawalForm.empty());
        for (String form : new String[]{NotificationForm.NAME, RedirectionForm.NAME, PaymentForm.NAME,
                EvaluationForm.NAME, AmendmentForm.NAME, CancellationForm.NAME, RecoveryForm.NAME,
                WithdrawalForm.NAME}) {
            addIfAbsent(model, errorsOf(form), FormErrors.NONE);
        }
        return VIEW;
    }

    String render(String id, Model model, String form, FormErrors errors) {
        model.addAttribute(errorsOf(form), errors);
        return render(id, model);
    }

    private static String errorsOf(String form) {
        return form + "Errors";
    }

    private static void addIfAbsent(Model model, String name, Object value) {
        if (model.getAttribute(name) == null) {
            model.addAttribute(name, value);
        }
    }
}
