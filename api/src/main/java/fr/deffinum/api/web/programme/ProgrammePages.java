package fr.deffinum.api.web.programme;

import fr.deffinum.api.problem.ProgrammeNotFound;
import fr.deffinum.api.web.FormErrors;
import fr.deffinum.api.web.FrenchFormats;
import fr.deffinum.application.french.FrenchInput;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.laureate.ReadSideBehind;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.application.programme.ProgrammeExists;
import fr.deffinum.application.programme.ProgrammeReads;
import fr.deffinum.application.programme.ProgrammeRecorder;
import fr.deffinum.application.programme.ProgrammeView;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.programme.commands.AssignOfficers;
import fr.deffinum.domain.programme.commands.ChangeEnvelope;
import fr.deffinum.domain.programme.commands.OpenProgramme;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Programmes: the gauge of each envelope (today, or in effect on a day), a programme's page with the
 * history of its envelope, and the administrator's forms: a new programme, a new envelope, its
 * officers. A refusal, from Bean Validation or from the domain, shows the form again with the
 * reason next to its field. Only administrators may post here (see the security configuration).
 */
@Controller
class ProgrammePages {

    private static final String LIST = "programmes/list";
    private static final String DETAIL = "programmes/detail";
    private static final String NEW = "programmes/new";

    private final ProgrammeReads reads;
    private final ProgrammeRecorder recorder;
    private final LocalValidatorFactoryBean validator;

    ProgrammePages(ProgrammeReads reads, ProgrammeRecorder recorder, LocalValidatorFactoryBean validator) {
        this.reads = reads;
        this.recorder = recorder;
        this.validator = validator;
    }

    /** Today's figures, or those in effect on the day {@code au} (jj/mm/aaaa), as known now. */
    @GetMapping("/programmes")
    String list(@RequestParam(name = "au", required = false) String au, Model model) {
        Optional<LocalDate> effectiveOn = FrenchInput.date(au);
        model.addAttribute("au", au == null ? "" : au);
        model.addAttribute("effectiveOn", effectiveOn.orElse(null));
        model.addAttribute("auError", au != null && !au.isBlank() && effectiveOn.isEmpty()
                ? "Saisissez une date au format jj/mm/aaaa." : null);
        model.addAttribute("programmes", reads.all(new PointInTime(null, effectiveOn.orElse(null))).stream()
                .map(ProgrammeCard::of).toList());
        return LIST;
    }

    @GetMapping("/programmes/nouveau")
    String blank(Model model) {
        return renderNew(model, ProgrammeForm.empty(), FormErrors.NONE);
    }

    @PostMapping("/programmes")
    String open(@Valid @ModelAttribute(ProgrammeForm.NAME) ProgrammeForm form, BindingResult binding,
                Authentication user, Model model, RedirectAttributes next) {
        if (binding.hasErrors()) {
            return renderNew(model, form, FormErrors.of(binding, validator));
        }
        ProgrammeCode code = form.programmeCode();
        Money envelope = FrenchInput.amount(form.envelope()).map(Money::new).orElse(null);
        try {
            recorded(next, "Le programme " + code + " est ouvert.", () -> recorder.open(new OpenProgramme(code,
                    form.name().strip(), blankAsNull(form.plan()), form.isEuFunded(), blankAsNull(form.operator()),
                    FrenchInput.date(form.openedOn()).orElseThrow(), envelope, form.sectorList()),
                    provenance(user, form.reason())));
        } catch (ProgrammeExists exists) {
            return renderNew(model, form, new FormErrors(Map.of("code", "Un programme porte déjà ce code."), List.of()));
        } catch (RuleViolation refused) {
            return renderNew(model, form, FormErrors.refused(refused.rule(), ProgrammeForm.fieldFor(refused.rule())));
        }
        return "redirect:/programmes/" + code;
    }

    @GetMapping("/programmes/{code}")
    String show(@PathVariable String code, Model model) {
        return renderDetail(code, model);
    }

    @PostMapping("/programmes/{code}/enveloppe")
    String changeEnvelope(@PathVariable String code, @Valid @ModelAttribute(EnvelopeForm.NAME) EnvelopeForm form,
                          BindingResult binding, Authentication user, Model model, RedirectAttributes next) {
        ProgrammeView programme = find(code);
        if (binding.hasErrors()) {
            model.addAttribute("envelopeErrors", FormErrors.of(binding, validator));
            return renderDetail(code, model);
        }
        try {
            recorded(next, "La nouvelle enveloppe est enregistrée.", () -> recorder.changeEnvelope(new ChangeEnvelope(
                    programme.code(), new Money(FrenchInput.amount(form.envelope()).orElseThrow()),
                    FrenchInput.date(form.changedOn()).orElseThrow(), form.reason().strip()),
                    provenance(user, form.reason())));
        } catch (RuleViolation refused) {
            model.addAttribute("envelopeErrors", FormErrors.refused(refused.rule(), EnvelopeForm.fieldFor(refused.rule())));
            return renderDetail(code, model);
        }
        return "redirect:/programmes/" + programme.code();
    }

    @PostMapping("/programmes/{code}/charges-de-mission")
    String assignOfficers(@PathVariable String code, @Valid @ModelAttribute(OfficersForm.NAME) OfficersForm form,
                          BindingResult binding, Authentication user, Model model, RedirectAttributes next) {
        ProgrammeView programme = find(code);
        if (binding.hasErrors()) {
            model.addAttribute("officersErrors", FormErrors.of(binding, validator));
            return renderDetail(code, model);
        }
        LocalDate today = LocalDate.now(FrenchFormats.PARIS);
        LocalDate on = programme.openedOn().isAfter(today) ? programme.openedOn() : today;
        try {
            recorded(next, "Les chargés de mission sont enregistrés.", () -> recorder.assignOfficers(
                    new AssignOfficers(programme.code(), form.names(), on), provenance(user, form.reason())));
        } catch (RuleViolation refused) {
            model.addAttribute("officersErrors", FormErrors.refused(refused.rule(), null));
            return renderDetail(code, model);
        }
        return "redirect:/programmes/" + programme.code();
    }

    private String renderNew(Model model, ProgrammeForm form, FormErrors errors) {
        model.addAttribute(ProgrammeForm.NAME, form);
        model.addAttribute("errors", errors);
        return NEW;
    }

    private String renderDetail(String code, Model model) {
        ProgrammeCard card = reads.one(ProgrammeNotFound.requireCode(code), PointInTime.NOW).map(ProgrammeCard::of)
                .orElseThrow(() -> new ProgrammeNotFound(code));
        model.addAttribute("card", card);
        model.addAttribute("history", reads.envelopeHistory(card.programme().code(), PointInTime.NOW));
        addIfAbsent(model, EnvelopeForm.NAME, EnvelopeForm.empty());
        addIfAbsent(model, "envelopeErrors", FormErrors.NONE);
        addIfAbsent(model, OfficersForm.NAME, OfficersForm.of(card.programme().officers()));
        addIfAbsent(model, "officersErrors", FormErrors.NONE);
        return DETAIL;
    }

    private ProgrammeView find(String code) {
        return reads.one(ProgrammeNotFound.requireCode(code), PointInTime.NOW)
                .orElseThrow(() -> new ProgrammeNotFound(code)).programme();
    }

    /** Records, then says so on the next page; the read side lagging only delays what it shows. */
    private static void recorded(RedirectAttributes next, String done, Supplier<ProgrammeView> recording) {
        try {
            recording.get();
            next.addFlashAttribute("message", done);
        } catch (ReadSideBehind behind) {
            next.addFlashAttribute("message", done + " La page sera à jour dans un instant.");
        }
    }

    private static void addIfAbsent(Model model, String name, Object value) {
        if (model.getAttribute(name) == null) {
            model.addAttribute(name, value);
        }
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Provenance provenance(Authentication user, String reason) {
        return new Provenance(user.getName(), reason == null ? null : reason.strip(), null);
    }
}
