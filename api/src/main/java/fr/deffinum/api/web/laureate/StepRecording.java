package fr.deffinum.api.web.laureate;

import fr.deffinum.api.security.ProgrammeOfficers;
import fr.deffinum.api.web.FormErrors;
import fr.deffinum.application.french.FrenchInput;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.laureate.ReadSideBehind;
import fr.deffinum.domain.laureate.RuleViolation;
import java.time.LocalDate;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Records one step from a form: back to the laureate's page with a message once recorded, or the
 * page again with the refusal next to the form's field. Only an officer of the laureate's programme
 * (or an administrator) records: anyone else gets the French page of a refused access, and nothing
 * is recorded.
 */
@Component
class StepRecording {

    private final LaureateSheet sheet;
    private final ProgrammeOfficers officers;

    StepRecording(LaureateSheet sheet, ProgrammeOfficers officers) {
        this.sheet = sheet;
        this.officers = officers;
    }

    String record(String id, Authentication user, RecordingForm form, String name, Model model,
                  RedirectAttributes next, String done, Runnable recording) {
        officers.requireOfficerOf(user, id);
        try {
            recording.run();
            next.addFlashAttribute("message", done);
        } catch (RuleViolation refused) {
            return sheet.render(id, model, name, FormErrors.refused(refused.rule(), form.fieldFor(refused.rule())));
        } catch (ConcurrencyException concurrent) {
            return sheet.render(id, model, name, FormErrors.general("Une autre modification de ce lauréat a été "
                    + "enregistrée au même moment ; vérifiez la fiche puis recommencez."));
        } catch (ReadSideBehind behind) {
            next.addFlashAttribute("message", done + " La fiche sera à jour dans un instant.");
        }
        return "redirect:/laureats/{id}";
    }

    static Provenance provenance(Authentication user, String reason) {
        return new Provenance(user.getName(), reason == null ? null : reason.strip(), null);
    }

    static LocalDate date(String text) {
        return FrenchInput.date(text).orElseThrow();
    }
}
