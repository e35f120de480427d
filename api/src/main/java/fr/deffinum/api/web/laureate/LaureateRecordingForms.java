package fr.deffinum.api.web.laureate;

import static fr.deffinum.api.web.laureate.StepRecording.date;
import static fr.deffinum.api.web.laureate.StepRecording.provenance;

import fr.deffinum.api.problem.LaureateNotFound;
import fr.deffinum.api.security.ProgrammeOfficers;
import fr.deffinum.api.web.FormErrors;
import fr.deffinum.api.web.FrenchFormats;
import fr.deffinum.application.french.FrenchInput;
import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.commands.EvaluateLaureate;
import fr.deffinum.domain.laureate.commands.MakePayment;
import fr.deffinum.domain.laureate.commands.NotifyDecision;
import fr.deffinum.domain.laureate.commands.RedirectLaureate;
import fr.deffinum.domain.money.Money;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of a laureate's page. Each records one step with the signed-in user as its actor; a
 * refusal, from Bean Validation or from the domain, shows the form again with the reason next to
 * its field. Only officers and administrators may post here (see the security configuration), and an
 * officer only on the laureates of their programmes (and a redirection only into one of them).
 */
@Controller
class LaureateRecordingForms {

    private final LaureateRecorder recorder;
    private final LaureateSheet sheet;
    private final LocalValidatorFactoryBean validator;
    private final FrenchFormats fr;
    private final StepRecording steps;
    private final ProgrammeOfficers officers;

    LaureateRecordingForms(LaureateRecorder recorder, LaureateSheet sheet, LocalValidatorFactoryBean validator,
                           FrenchFormats fr, StepRecording steps, ProgrammeOfficers officers) {
        this.officers = officers;
        this.recorder = recorder;
        this.sheet = sheet;
        this.validator = validator;
        this.fr = fr;
        this.steps = steps;
    }

    /** Makes the amount firm, hence a recap to confirm before anything is recorded. */
    @PostMapping("/laureats/{id}/notification")
    String notify(@PathVariable String id, @Valid @ModelAttribute(NotificationForm.NAME) NotificationForm form,
                  BindingResult binding, Authentication user, Model model, RedirectAttributes next,
                  @RequestParam(name = "pieces", required = false) List<String> pieces) {
        if (binding.hasErrors()) {
            return sheet.render(id, model, NotificationForm.NAME, FormErrors.of(binding, validator));
        }
        officers.requireOfficerOf(user, id);
        Money amount = new Money(FrenchInput.amount(form.awardedAmount()).orElseThrow());
        // Checked against the read model before the recap, so that no one is asked to confirm an
        // amount the laureate cannot receive; the aggregate checks it again when recording.
        if (amount.isGreaterThan(sheet.find(id).maxGrant())) {
            return sheet.render(id, model, NotificationForm.NAME, FormErrors.refused(
                    Rule.AMOUNT_ABOVE_MAXIMUM, form.fieldFor(Rule.AMOUNT_ABOVE_MAXIMUM)));
        }
        if (!form.isConfirmed()) {
            model.addAttribute("notificationRecap", fr.exactMoney(amount));
            model.addAttribute(NotificationForm.NAME + "Pieces", pieces == null ? List.of() : pieces);
            return sheet.render(id, model);
        }
        return steps.submit(id, user, form, NotificationForm.NAME, model, next, "La décision notifiée est enregistrée.",
                () -> new NotifyDecision(LaureateNotFound.requireId(id), amount,
                        form.decisionReference().strip(), date(form.notifiedOn())), form.reason(), pieces);
    }

    @PostMapping("/laureats/{id}/versements")
    String pay(@PathVariable String id, @Valid @ModelAttribute(PaymentForm.NAME) PaymentForm form,
               BindingResult binding, Authentication user, Model model, RedirectAttributes next,
               @RequestParam(name = "pieces", required = false) List<String> pieces) {
        if (binding.hasErrors()) {
            return sheet.render(id, model, PaymentForm.NAME, FormErrors.of(binding, validator));
        }
        return steps.submit(id, user, form, PaymentForm.NAME, model, next, "Le versement est enregistré.",
                () -> new MakePayment(LaureateNotFound.requireId(id), form.paymentId().strip(),
                        new Money(FrenchInput.amount(form.amount()).orElseThrow()), form.kind(),
                        date(form.paidOn()), form.trancheId() == null || form.trancheId().isBlank() ? null
                        : form.trancheId()), form.reason(), pieces);
    }

    @PostMapping("/laureats/{id}/evaluation")
    String evaluate(@PathVariable String id, @Valid @ModelAttribute(EvaluationForm.NAME) EvaluationForm form,
                    BindingResult binding, Authentication user, Model model, RedirectAttributes next) {
        if (binding.hasErrors()) {
            return sheet.render(id, model, EvaluationForm.NAME, FormErrors.of(binding, validator));
        }
        return steps.record(id, user, form, EvaluationForm.NAME, model, next, "L'évaluation est enregistrée.",
                () -> recorder.evaluate(new EvaluateLaureate(LaureateNotFound.requireId(id), form.outcome(),
                        form.comment(), date(form.evaluatedOn())), provenance(user, form.comment())));
    }

    @PostMapping("/laureats/{id}/reorientation")
    String redirect(@PathVariable String id, @Valid @ModelAttribute(RedirectionForm.NAME) RedirectionForm form,
                    BindingResult binding, Authentication user, Model model, RedirectAttributes next) {
        if (binding.hasErrors()) {
            return sheet.render(id, model, RedirectionForm.NAME, FormErrors.of(binding, validator));
        }
        officers.requireOfficer(user, RedirectionForm.CMA);
        return steps.record(id, user, form, RedirectionForm.NAME, model, next, "La réorientation vers CMA est enregistrée.",
                () -> recorder.redirect(new RedirectLaureate(LaureateNotFound.requireId(id), RedirectionForm.CMA,
                        form.strategy().strip(), date(form.redirectedOn())), provenance(user, form.reason())));
    }
}
