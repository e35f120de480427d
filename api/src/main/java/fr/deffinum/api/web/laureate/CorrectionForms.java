package fr.deffinum.api.web.laureate;

import static fr.deffinum.api.web.laureate.StepRecording.date;

import fr.deffinum.api.problem.LaureateNotFound;
import fr.deffinum.api.web.FormErrors;
import fr.deffinum.application.french.FrenchInput;
import fr.deffinum.domain.laureate.commands.AmendAward;
import fr.deffinum.domain.laureate.commands.CancelPayment;
import fr.deffinum.domain.laureate.commands.RecordRecovery;
import fr.deffinum.domain.laureate.commands.WithdrawLaureate;
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

/** The correction forms of a laureate's page: each records a new event, nothing is edited. */
@Controller
class CorrectionForms {

    private final LaureateSheet sheet;
    private final StepRecording steps;
    private final LocalValidatorFactoryBean validator;

    CorrectionForms(LaureateSheet sheet, StepRecording steps, LocalValidatorFactoryBean validator) {
        this.sheet = sheet;
        this.steps = steps;
        this.validator = validator;
    }

    @PostMapping("/laureats/{id}/avenants")
    String amend(@PathVariable String id, @Valid @ModelAttribute(AmendmentForm.NAME) AmendmentForm form,
                 BindingResult binding, Authentication user, Model model, RedirectAttributes next,
                 @RequestParam(name = "pieces", required = false) List<String> pieces) {
        if (binding.hasErrors()) {
            return sheet.render(id, model, AmendmentForm.NAME, FormErrors.of(binding, validator));
        }
        return steps.submit(id, user, form, AmendmentForm.NAME, model, next, "L'avenant est enregistré.",
                () -> new AmendAward(LaureateNotFound.requireId(id),
                        new Money(FrenchInput.amount(form.awardedAmount()).orElseThrow()),
                        form.amendmentReference().strip(), date(form.amendedOn())), form.reason(), pieces);
    }

    @PostMapping("/laureats/{id}/annulations")
    String cancel(@PathVariable String id, @Valid @ModelAttribute(CancellationForm.NAME) CancellationForm form,
                  BindingResult binding, Authentication user, Model model, RedirectAttributes next,
                  @RequestParam(name = "pieces", required = false) List<String> pieces) {
        if (binding.hasErrors()) {
            return sheet.render(id, model, CancellationForm.NAME, FormErrors.of(binding, validator));
        }
        return steps.submit(id, user, form, CancellationForm.NAME, model, next, "L'annulation du versement est enregistrée.",
                () -> new CancelPayment(LaureateNotFound.requireId(id), form.paymentId(),
                        date(form.cancelledOn())), form.reason(), pieces);
    }

    @PostMapping("/laureats/{id}/reversements")
    String recover(@PathVariable String id, @Valid @ModelAttribute(RecoveryForm.NAME) RecoveryForm form,
                   BindingResult binding, Authentication user, Model model, RedirectAttributes next,
                   @RequestParam(name = "pieces", required = false) List<String> pieces) {
        if (binding.hasErrors()) {
            return sheet.render(id, model, RecoveryForm.NAME, FormErrors.of(binding, validator));
        }
        return steps.submit(id, user, form, RecoveryForm.NAME, model, next, "Le reversement est enregistré.",
                () -> new RecordRecovery(LaureateNotFound.requireId(id), form.recoveryId().strip(),
                        new Money(FrenchInput.amount(form.amount()).orElseThrow()), date(form.recoveredOn())),
                form.reason(), pieces);
    }

    @PostMapping("/laureats/{id}/renonciation")
    String withdraw(@PathVariable String id, @Valid @ModelAttribute(WithdrawalForm.NAME) WithdrawalForm form,
                    BindingResult binding, Authentication user, Model model, RedirectAttributes next,
                    @RequestParam(name = "pieces", required = false) List<String> pieces) {
        if (binding.hasErrors()) {
            return sheet.render(id, model, WithdrawalForm.NAME, FormErrors.of(binding, validator));
        }
        return steps.submit(id, user, form, WithdrawalForm.NAME, model, next, "La renonciation du lauréat est enregistrée.",
                () -> new WithdrawLaureate(LaureateNotFound.requireId(id), date(form.withdrawnOn())),
                form.reason(), pieces);
    }
}
